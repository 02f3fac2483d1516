package it.ccse.anagrafica.sectors.domain;

/**
 * The two files of a corporate operation (OP-2): the filled and signed self-certification ("Carica
 * autocertificazione") and the notarial deed that attests the operation ("Carica atto notarile").
 * Both are needed before "Invia i file via mail".
 */
public enum OperationDocument {
  SELF_CERTIFICATION,
  NOTARIAL_DEED;

  /** The label of the web bundle, e.g. {@code corporateOperation.document.NOTARIAL_DEED}. */
  public String labelKey() {
    return "corporateOperation.document." + name();
  }

  /** The message key that says this file is still missing. */
  public String missingKey() {
    return "corporateOperation.missing." + name();
  }
}
