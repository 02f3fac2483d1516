package it.ccse.anagrafica.company.application;

import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import java.io.Serializable;

/**
 * ON-7: a company imported from the legacy registry, as a further file of the export finds it;
 * {@code activated} once its operator has activated the account.
 */
public record LegacyCompany(long id, String codiceFiscale, boolean activated)
    implements Serializable {

  /**
   * A record is added only while the operator has not activated: afterwards the data may have been
   * changed in the portal, and the operator enters the rest there.
   */
  public void requireUntouched() {
    if (activated) {
      throw new InvalidFieldException("codiceFiscale", "legacyImport.companyActivated");
    }
  }
}
