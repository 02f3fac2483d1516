package it.ccse.anagrafica.file.domain.changes.recipes;

import java.io.Serializable;

/** A delegate person as typed; the operations check it. */
public record Person(String name, String surname, String codiceFiscale) implements Serializable {}
