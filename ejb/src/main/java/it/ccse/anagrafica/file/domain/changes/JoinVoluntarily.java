package it.ccse.anagrafica.file.domain.changes;

import it.ccse.anagrafica.file.domain.CompanyFile;
import it.ccse.anagrafica.shared.domain.PlaceNames;

/** VO-1 "Volontario": a category that is not mandatory is kept by choice. */
public record JoinVoluntarily(String category) implements OnCategory {

  @Override
  public ChangeLine describe(CompanyFile file, PlaceNames places) {
    var c = file.category(category);
    return new ChangeLine(c.getSite().getName(), "change.joinVoluntarily", c.label(), "", "");
  }

  @Override
  public void applyTo(CompanyFile file) {
    file.category(category).joinVoluntarily();
  }
}
