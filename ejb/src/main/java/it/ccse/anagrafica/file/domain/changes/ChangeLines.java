package it.ccse.anagrafica.file.domain.changes;

import it.ccse.anagrafica.company.domain.Site;
import it.ccse.anagrafica.shared.domain.Address;
import it.ccse.anagrafica.shared.domain.PlaceNames;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/** How the operations word the parts of their {@link ChangeLine}s (MD-9). */
final class ChangeLines {

  private ChangeLines() {}

  /** The site's name; "Dati azienda" for company-level operations. */
  static String siteName(Optional<Site> site) {
    return site.map(Site::getName).orElse("Dati azienda");
  }

  /** An address as people read it, the comune by name (MD-4, MD-12). */
  static String address(PlaceNames places, Address address) {
    String comune = address.comuneIstatCode();
    return Address.line(
        address.street(),
        address.streetNumber(),
        address.capCode(),
        places.comuneName(comune).orElse(comune),
        address.provinceCode());
  }

  /** The non-blank parts, space-separated. */
  static String join(String... parts) {
    return String.join(
        " ", Stream.of(parts).filter(Objects::nonNull).filter(p -> !p.isBlank()).toList());
  }
}
