package it.ccse.anagrafica.registry.domain.changes;

import it.ccse.anagrafica.registry.domain.CompanyFile;
import it.ccse.anagrafica.registry.domain.Site;
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
