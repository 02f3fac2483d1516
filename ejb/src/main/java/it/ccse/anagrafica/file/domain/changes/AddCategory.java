package it.ccse.anagrafica.file.domain.changes;

import it.ccse.anagrafica.categories.domain.CategoryType;
import it.ccse.anagrafica.file.domain.CompanyFile;
import it.ccse.anagrafica.shared.domain.BirthplaceRegistry;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import it.ccse.anagrafica.shared.domain.PlaceNames;
import it.ccse.anagrafica.shared.domain.Territory;

/** MD-5: a new category, to be associated to a device in the same set (MD-2). */
public record AddCategory(String site, String id, CategoryType type, Details details)
    implements OnSite {

  @Override
  public ChangeLine describe(CompanyFile file, PlaceNames places) {
    return new ChangeLine(
        file.site(site).getName(),
        "change.addCategory",
        type.code(),
        "",
        details.toDomain().summary());
  }

  @Override
  public void applyTo(CompanyFile file) {
    file.site(site).addCategory(id, type, details.toDomain());
  }

  @Override
  public Operation checked(Territory territory, BirthplaceRegistry birthplaces) {
    if (type == null) {
      throw new InvalidFieldException("categoryType", "validation.required");
    }
    return new AddCategory(site, id, type, details.checked());
  }
}
