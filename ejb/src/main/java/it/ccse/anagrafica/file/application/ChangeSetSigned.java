package it.ccse.anagrafica.file.application;

import java.time.LocalDateTime;

/**
 * A change set was signed (MD-9), fired in the signing transaction so that higher areas act on what
 * it created: the practices area presents a practice for every device it requested (RQ-2b).
 */
public record ChangeSetSigned(long companyId, String username, LocalDateTime signedAt) {}
