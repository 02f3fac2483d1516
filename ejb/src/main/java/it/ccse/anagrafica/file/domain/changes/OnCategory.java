package it.ccse.anagrafica.file.domain.changes;

import it.ccse.anagrafica.company.domain.Site;
import it.ccse.anagrafica.file.domain.CompanyFile;
import java.util.Optional;

/** An operation on one category: its site is the category's. */
public sealed interface OnCategory extends Operation
    permits ModifyCategory, DeleteCategory, JoinVoluntarily {

  String category();

  @Override
  default Optional<Site> site(CompanyFile file) {
    return Optional.of(file.category(category()).getSite());
  }
}
