package it.ccse.anagrafica.shared.infrastructure.persistence;

import it.ccse.anagrafica.shared.domain.Territory;
import it.ccse.anagrafica.shared.domain.reference.Comune;
import it.ccse.anagrafica.shared.domain.reference.Province;
import it.ccse.anagrafica.shared.domain.reference.ReferenceDataRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** The ISTAT territory of the reference tables, as the Address value object asks for it. */
@ApplicationScoped
public class ReferenceTerritory implements Territory {

  @Inject private ReferenceDataRepository reference;

  @Override
  public Optional<String> regionOfProvince(String sigla) {
    return reference.province(sigla).map(Province::getRegionCode);
  }

  @Override
  public Optional<String> provinceOfComune(String istatCode) {
    return reference.comune(istatCode).map(Comune::getProvinceSigla);
  }

  /** The first CAP of the comune: a suggestion, never a reason to refuse an address. */
  @Override
  public Optional<String> capOfComune(String istatCode) {
    return reference.comune(istatCode).flatMap(c -> c.getCaps().stream().findFirst());
  }
}
