package it.ccse.anagrafica.company.application;

import java.io.Serializable;
import java.time.LocalDateTime;

/** ON-7: an operator carried over from the legacy registry, and where their invitation stands. */
public record ImportedOperator(
    String username,
    String ragioneSociale,
    String email,
    LocalDateTime importedAt,
    LocalDateTime invitedAt,
    boolean active)
    implements Serializable {}
