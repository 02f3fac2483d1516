package it.ccse.anagrafica.payments.domain;

import it.ccse.anagrafica.shared.domain.CodiceFiscale;
import it.ccse.anagrafica.shared.domain.FreeText;
import it.ccse.anagrafica.shared.domain.InvalidValueException;

/**
 * The notice's "Destinatario": the company that owes the amount, by ragione sociale and fiscal code
 * (a sole trader's may be personal).
 */
public record Debtor(String name, CodiceFiscale fiscalCode) {

  public Debtor {
    name = FreeText.COMPANY_NAME.normalised(name);
    if (fiscalCode == null) {
      throw new InvalidValueException("validation.required");
    }
  }
}
