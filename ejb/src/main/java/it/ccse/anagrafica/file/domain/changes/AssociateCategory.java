package it.ccse.anagrafica.file.domain.changes;

import it.ccse.anagrafica.file.domain.CompanyFile;
import it.ccse.anagrafica.shared.domain.PlaceNames;

/** MD-7 "ASSOCIA CATEGORIA". */
public record AssociateCategory(String device, String category) implements OnDevice {

  @Override
  public ChangeLine describe(CompanyFile file, PlaceNames places) {
    return line(file, "change.associateCategory", "", file.category(category).label());
  }

  @Override
  public void applyTo(CompanyFile file) {
    file.device(device).associate(file.category(category));
  }
}
