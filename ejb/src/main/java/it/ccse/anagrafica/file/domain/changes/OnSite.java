package it.ccse.anagrafica.file.domain.changes;

import it.ccse.anagrafica.company.domain.Site;
import it.ccse.anagrafica.file.domain.CompanyFile;
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
