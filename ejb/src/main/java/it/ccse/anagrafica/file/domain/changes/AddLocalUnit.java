package it.ccse.anagrafica.file.domain.changes;

import it.ccse.anagrafica.company.domain.Site;
import it.ccse.anagrafica.fees.domain.PriceCode;
import it.ccse.anagrafica.file.domain.CompanyFile;
import it.ccse.anagrafica.shared.domain.Address;
import it.ccse.anagrafica.shared.domain.BirthplaceRegistry;
import it.ccse.anagrafica.shared.domain.FreeText;
import it.ccse.anagrafica.shared.domain.PlaceNames;
import it.ccse.anagrafica.shared.domain.Territory;
import java.util.List;
import java.util.Optional;

/** MD-12 "AGGIUNGI UNITÀ LOCALE": address already checked against the ISTAT data. */
public record AddLocalUnit(
    String id,
    String name,
    String street,
    String streetNumber,
    String cap,
    String regionCode,
    String provinceSigla,
    String comuneIstatCode,
    Integer employees,
    String tradeAssociation)
    implements Operation {

  @Override
  public Optional<Site> site(CompanyFile file) {
    return Optional.empty();
  }

  @Override
  public ChangeLine describe(CompanyFile file, PlaceNames places) {
    return new ChangeLine(
        name,
        "change.addLocalUnit",
        name,
        "",
        ChangeLines.address(places, address()) + " - ULA " + employees);
  }

  @Override
  public void applyTo(CompanyFile file) {
    var unit = file.getCompany().addLocalUnit(id, name);
    unit.locate(address());
    unit.describe(name, employees);
    unit.delegateDocumentsTo(tradeAssociation);
  }

  /** The address as {@link #checked} left it (MD-12). */
  private Address address() {
    return Address.asRecorded(
        street, streetNumber, cap, regionCode, provinceSigla, comuneIstatCode);
  }

  @Override
  public List<PriceCode> costs() {
    return List.of(PriceCode.ADDITIONAL_LOCAL_UNIT);
  }

  @Override
  public Operation checked(Territory territory, BirthplaceRegistry birthplaces) {
    String normalName = Inputs.text("name", name, FreeText.SITE_NAME);
    var address =
        Inputs.address(
            street, streetNumber, cap, regionCode, provinceSigla, comuneIstatCode, territory);
    return new AddLocalUnit(
        id,
        normalName,
        address.street(),
        address.streetNumber(),
        address.capCode(),
        address.regionCode(),
        address.provinceCode(),
        address.comuneIstatCode(),
        employees,
        Inputs.optionalText("tradeAssociation", tradeAssociation, FreeText.TRADE_ASSOCIATION));
  }
}
