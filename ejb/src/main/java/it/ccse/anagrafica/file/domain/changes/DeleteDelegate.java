package it.ccse.anagrafica.file.domain.changes;

import it.ccse.anagrafica.company.domain.Site;
import it.ccse.anagrafica.file.domain.CompanyFile;
import it.ccse.anagrafica.shared.domain.PlaceNames;
import java.util.Optional;

/** MD-6. */
public record DeleteDelegate(String delegate) implements Operation {

  @Override
  public Optional<Site> site(CompanyFile file) {
    return Optional.of(file.delegate(delegate).getSite());
  }

  @Override
  public ChangeLine describe(CompanyFile file, PlaceNames places) {
    var d = file.delegate(delegate);
    return new ChangeLine(
        d.getSite().getName(), "change.deleteDelegate", d.fullName(), d.getCodiceFiscale(), "");
  }

  @Override
  public void applyTo(CompanyFile file) {
    var d = file.delegate(delegate);
    d.getSite().delete(d);
  }
}
