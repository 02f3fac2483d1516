package it.ccse.anagrafica.file.domain.changes;

import it.ccse.anagrafica.fees.domain.PriceCode;
import it.ccse.anagrafica.file.domain.CompanyFile;
import it.ccse.anagrafica.shared.domain.PlaceNames;
import java.util.List;

/** MD-7 "AGGIUNGI DISPOSITIVO": a new device is requested; it has a cost. */
public record RequestDevice(String site, String id) implements OnSite {

  @Override
  public ChangeLine describe(CompanyFile file, PlaceNames places) {
    return new ChangeLine(
        file.site(site).getName(), "change.requestDevice", "", "", "nuovo dispositivo");
  }

  @Override
  public void applyTo(CompanyFile file) {
    file.site(site).requestDevice(id);
  }

  @Override
  public List<PriceCode> costs() {
    return List.of(PriceCode.NEW_DEVICE);
  }
}
