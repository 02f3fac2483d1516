package it.ccse.anagrafica.file.domain.changes;

import it.ccse.anagrafica.file.domain.CompanyFile;
import it.ccse.anagrafica.shared.domain.PlaceNames;

/** MD-5. */
public record DeleteCategory(String category) implements OnCategory {

  @Override
  public ChangeLine describe(CompanyFile file, PlaceNames places) {
    var c = file.category(category);
    return new ChangeLine(
        c.getSite().getName(), "change.deleteCategory", c.label(), c.getDetails().summary(), "");
  }

  @Override
  public void applyTo(CompanyFile file) {
    var c = file.category(category);
    c.getSite().delete(c);
  }
}
