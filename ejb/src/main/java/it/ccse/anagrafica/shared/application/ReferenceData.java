package it.ccse.anagrafica.shared.application;

import it.ccse.anagrafica.shared.domain.reference.ReferenceDataRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** Reference data for the portal's pages (ISTAT territory, foreign states), read-only. */
@Stateless
public class ReferenceData {

  @Inject private ReferenceDataRepository repository;

  /** A codice fiscale's birthplace: a comune, even ceased, or a foreign state. */
  public boolean isKnownBirthplace(String codiceCatastale) {
    return repository.isKnownBirthplace(codiceCatastale);
  }
}
