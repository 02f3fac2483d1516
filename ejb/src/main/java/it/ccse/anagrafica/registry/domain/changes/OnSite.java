package it.ccse.anagrafica.registry.domain.changes;

import it.ccse.anagrafica.registry.domain.CompanyFile;
import it.ccse.anagrafica.registry.domain.Site;
import java.util.Optional;

/** An operation on one site, named by its public id. */
public sealed interface OnSite extends Operation
    permits DescribeLocalUnit, AddCategory, AddDelegate, RequestDevice, DeclareNewProducer {

  String site();

  @Override
  default Optional<Site> site(CompanyFile file) {
    return Optional.of(file.site(site()));
  }
}
