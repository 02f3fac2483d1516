package it.ccse.anagrafica.practices.domain;

/** What an attachment of a practice is (RQ-1..RQ-3); each type requires some of them. */
public enum DocumentKind {
  /** "Documentazione richiesta" of a company practice. */
  SUPPORTING_DOCUMENT,
  /** "Documento d'identità". */
  IDENTITY_DOCUMENT,
  /** "Denuncia di furto". */
  THEFT_REPORT,
  /** "Denuncia di smarrimento" (or self-declaration). */
  LOSS_REPORT;

  /** The label of the web bundle, e.g. {@code practice.document.THEFT_REPORT}. */
  public String labelKey() {
    return "practice.document." + name();
  }
}
