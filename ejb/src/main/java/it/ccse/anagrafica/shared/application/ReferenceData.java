package it.ccse.anagrafica.shared.application;

import it.ccse.anagrafica.shared.domain.Territory;
import it.ccse.anagrafica.shared.domain.reference.ReferenceDataRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import java.util.SortedSet;

/** Reference data for the portal's pages (ISTAT territory, foreign states), read-only. */
@Stateless
public class ReferenceData {

  /** One choice of a select list. */
  public record Option(String value, String label) implements Serializable {}

  @Inject private ReferenceDataRepository repository;
  @Inject private Territory territory;

  /** A codice fiscale's birthplace: a comune, even ceased, or a foreign state. */
  public boolean isKnownBirthplace(String codiceCatastale) {
    return repository.isKnownBirthplace(codiceCatastale);
  }

  public List<Option> regions() {
    return repository.regions().stream().map(r -> new Option(r.getCode(), r.getName())).toList();
  }

  public List<Option> provincesOf(String regionCode) {
    if (regionCode == null) {
      return List.of();
    }
    return repository.provincesOf(regionCode).stream()
        .map(p -> new Option(p.getSigla(), p.label()))
        .toList();
  }

  public List<Option> comuniOf(String provinceSigla) {
    if (provinceSigla == null) {
      return List.of();
    }
    return repository.comuniOf(provinceSigla).stream()
        .map(c -> new Option(c.getIstatCode(), c.getName()))
        .toList();
  }

  /**
   * The CAP to show once a comune is chosen: the one typed if it is among the comune's CAPs, which
   * an address must use, otherwise the comune's first. A comune whose CAPs are unknown keeps the
   * typed one, as the address does not check it.
   */
  public String proposedCap(String comuneIstatCode, String typedCap) {
    if (comuneIstatCode == null) {
      return typedCap;
    }
    SortedSet<String> caps = territory.capsOfComune(comuneIstatCode);
    boolean typedIsOfComune = typedCap != null && caps.contains(typedCap.strip());
    return caps.isEmpty() || typedIsOfComune ? typedCap : caps.first();
  }
}
