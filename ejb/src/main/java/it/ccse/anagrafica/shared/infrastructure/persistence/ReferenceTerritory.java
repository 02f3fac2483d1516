package it.ccse.anagrafica.shared.infrastructure.persistence;

import it.ccse.anagrafica.shared.domain.PlaceNames;
import it.ccse.anagrafica.shared.domain.Territory;
import it.ccse.anagrafica.shared.domain.reference.Comune;
import it.ccse.anagrafica.shared.domain.reference.Province;
import it.ccse.anagrafica.shared.domain.reference.ReferenceDataRepository;
import it.ccse.anagrafica.shared.domain.reference.Region;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The ISTAT territory of the reference tables, as the Address value object asks for it and as pages
 * name its places.
 */
@ApplicationScoped
public class ReferenceTerritory implements Territory, PlaceNames {

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

  // The repository takes no null key: data not yet complete have none.
  @Override
  public Optional<String> regionName(String code) {
    return code == null ? Optional.empty() : reference.region(code).map(Region::getName);
  }

  @Override
  public Optional<String> provinceName(String sigla) {
    return sigla == null ? Optional.empty() : reference.province(sigla).map(Province::label);
  }

  @Override
  public Optional<String> comuneName(String istatCode) {
    return istatCode == null ? Optional.empty() : reference.comune(istatCode).map(Comune::getName);
  }
}
