package it.ccse.anagrafica.company.domain;

import java.util.Arrays;
import java.util.Optional;

/** Legal forms offered at registration (the Business Register's main ones). */
public enum LegalForm {
  SRL,
  SRLS,
  SPA,
  SAPA,
  SNC,
  SAS,
  COOPERATIVA,
  CONSORZIO,
  IMPRESA_INDIVIDUALE,
  ENTE_PUBBLICO,
  ALTRO;

  /** The form a stored value names; empty for other text, such as the register's (BR-1). */
  public static Optional<LegalForm> of(String value) {
    return Arrays.stream(values()).filter(f -> f.name().equals(value)).findFirst();
  }
}
