package it.ccse.anagrafica.shared.domain;

/** Sex as encoded in a personal codice fiscale (day of birth plus 40 for women). */
public enum Sex {
  MALE,
  FEMALE
}
