package it.ccse.anagrafica.file.domain.changes;

import it.ccse.anagrafica.file.domain.CompanyFile;
import it.ccse.anagrafica.shared.domain.PlaceNames;

/** MD-7 "RIMUOVI" a category from a device. */
public record RemoveCategory(String device, String category) implements OnDevice {

  @Override
  public ChangeLine describe(CompanyFile file, PlaceNames places) {
    return line(file, "change.removeCategory", file.category(category).label(), "");
  }

  @Override
  public void applyTo(CompanyFile file) {
    file.device(device).dissociate(file.category(category));
  }
}
