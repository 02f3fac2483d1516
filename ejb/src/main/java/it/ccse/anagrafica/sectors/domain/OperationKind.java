package it.ccse.anagrafica.sectors.domain;

import java.util.Optional;

/**
 * The corporate operations a company tells CCSE of (OP-1, manual §8 "Operazioni societarie"): one
 * template each; any operation other than the first three uses "Altro". Each kind knows the words
 * of its self-certification and whether another company takes part in it (the counterparty field).
 */
public enum OperationKind {
  CESSAZIONE(
      "Cessazione",
      "cessazione",
      "che l’impresa sopra indicata ha cessato l’attività, come risulta dall’atto notarile"
          + " allegato, con effetto dalla data di efficacia indicata.",
      null),
  CESSIONE_RAMO_AZIENDA(
      "Cessione ramo d’azienda",
      "cessione-ramo-azienda",
      "che l’impresa sopra indicata ha ceduto un ramo d’azienda al soggetto cessionario indicato,"
          + " come risulta dall’atto notarile allegato, con effetto dalla data di efficacia"
          + " indicata.",
      "Cessionario del ramo d’azienda (ragione sociale, codice fiscale e partita IVA)"),
  FUSIONE_PER_INCORPORAZIONE(
      "Fusione per incorporazione",
      "fusione-per-incorporazione",
      "che l’impresa sopra indicata è interessata da una fusione per incorporazione con la società"
          + " indicata, come risulta dall’atto notarile allegato, con effetto dalla data di"
          + " efficacia indicata.",
      "Società incorporante o incorporata (ragione sociale, codice fiscale e partita IVA)"),
  ALTRO(
      "Altro",
      "altro",
      "che l’impresa sopra indicata è interessata dall’operazione societaria descritta di seguito,"
          + " come risulta dall’atto notarile allegato, con effetto dalla data di efficacia"
          + " indicata.",
      "Altri soggetti coinvolti (ragione sociale, codice fiscale e partita IVA)");

  private final String label;
  private final String slug;
  private final String declaration;
  private final String counterpartyLabel;

  OperationKind(String label, String slug, String declaration, String counterpartyLabel) {
    this.label = label;
    this.slug = slug;
    this.declaration = declaration;
    this.counterpartyLabel = counterpartyLabel;
  }

  /** The operation's Italian name, as the manual's buttons and CCSE's mailbox read it. */
  public String label() {
    return label;
  }

  /** The part of the template's file name after {@code operazione-societaria-}. */
  String slug() {
    return slug;
  }

  /** What the legal representative declares, after "DICHIARA". */
  String declaration() {
    return declaration;
  }

  /** The label of the other party's field; empty when no other company takes part. */
  public Optional<String> counterpartyLabel() {
    return Optional.ofNullable(counterpartyLabel);
  }

  /** "Altro" asks the operator to describe the operation in words. */
  public boolean isDescribed() {
    return this == ALTRO;
  }

  /** The label of the web bundle, e.g. {@code corporateOperation.kind.CESSAZIONE}. */
  public String labelKey() {
    return "corporateOperation.kind." + name();
  }
}
