package it.ccse.anagrafica.documents.application;

/** Seals a report PDF with the service certificate, so its reader can tell it is CCSE's (MD-9). */
public interface ReportSealer {

  /** The same PDF, sealed; {@code reason} is shown by the reader's signature panel. */
  byte[] seal(byte[] pdf, String reason);
}
