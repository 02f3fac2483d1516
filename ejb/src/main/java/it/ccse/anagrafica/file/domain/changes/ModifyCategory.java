package it.ccse.anagrafica.file.domain.changes;

import it.ccse.anagrafica.file.domain.CompanyFile;
import it.ccse.anagrafica.shared.domain.BirthplaceRegistry;
import it.ccse.anagrafica.shared.domain.PlaceNames;
import it.ccse.anagrafica.shared.domain.Territory;

/** MD-5: new details; every device carrying the category sees them. */
public record ModifyCategory(String category, Details details) implements OnCategory {

  @Override
  public ChangeLine describe(CompanyFile file, PlaceNames places) {
    var c = file.category(category);
    return new ChangeLine(
        c.getSite().getName(),
        "change.modifyCategory",
        c.label(),
        c.getDetails().summary(),
        details.toDomain().summary());
  }

  @Override
  public void applyTo(CompanyFile file) {
    var c = file.category(category);
    c.getSite().modify(c, details.toDomain());
  }

  @Override
  public Operation checked(Territory territory, BirthplaceRegistry birthplaces) {
    return new ModifyCategory(category, details.checked());
  }
}
