package it.ccse.anagrafica.validation.application;

/** The file the operator signed, for download by CCSE staff. */
public record SignedCopy(String fileName, byte[] content) {}
