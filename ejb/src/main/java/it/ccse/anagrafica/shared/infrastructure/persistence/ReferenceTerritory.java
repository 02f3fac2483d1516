package it.ccse.anagrafica.shared.infrastructure.persistence;

import it.ccse.anagrafica.shared.domain.Territory;
import it.ccse.anagrafica.shared.domain.reference.Comune;
import it.ccse.anagrafica.shared.domain.reference.Province;
import it.ccse.anagrafica.shared.domain.reference.ReferenceDataRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

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

  @Override
  public SortedSet<String> capsOfComune(String istatCode) {
    return Collections.unmodifiableSortedSet(
        new TreeSet<>(reference.comune(istatCode).map(Comune::getCaps).orElse(List.of())));
  }
}
