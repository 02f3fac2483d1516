package it.ccse.anagrafica.file.domain.changes;

import it.ccse.anagrafica.company.domain.Site;
import it.ccse.anagrafica.file.domain.CompanyFile;
import it.ccse.anagrafica.shared.domain.Address;
import it.ccse.anagrafica.shared.domain.BirthplaceRegistry;
import it.ccse.anagrafica.shared.domain.PlaceNames;
import it.ccse.anagrafica.shared.domain.Territory;
import java.util.Optional;

/** MD-4: the registered office's address, already checked against the ISTAT data. */
public record RelocateOffice(
    String street,
    String streetNumber,
    String cap,
    String regionCode,
    String provinceSigla,
    String comuneIstatCode)
    implements Operation {

  @Override
  public Optional<Site> site(CompanyFile file) {
    return Optional.of(file.registeredOffice());
  }

  @Override
  public ChangeLine describe(CompanyFile file, PlaceNames places) {
    Site office = file.registeredOffice();
    return new ChangeLine(
        office.getName(),
        "change.relocateOffice",
        office.getName(),
        ChangeLines.address(places, office.getAddress()),
        ChangeLines.address(places, address()));
  }

  @Override
  public void applyTo(CompanyFile file) {
    file.registeredOffice().relocate(address());
  }

  /** The address as {@link #checked} left it (MD-4). */
  private Address address() {
    return Address.asRecorded(
        street, streetNumber, cap, regionCode, provinceSigla, comuneIstatCode);
  }

  @Override
  public Operation checked(Territory territory, BirthplaceRegistry birthplaces) {
    var address =
        Inputs.address(
            street, streetNumber, cap, regionCode, provinceSigla, comuneIstatCode, territory);
    return new RelocateOffice(
        address.street(),
        address.streetNumber(),
        address.capCode(),
        address.regionCode(),
        address.provinceCode(),
        address.comuneIstatCode());
  }
}
