package it.ccse.anagrafica.file.domain.changes;

import it.ccse.anagrafica.file.domain.CompanyFile;
import it.ccse.anagrafica.shared.domain.PlaceNames;

/** NP-1 "nuovo produttore?" SI/NO for a local unit with production and management. */
public record DeclareNewProducer(String site, boolean newProducer) implements OnSite {

  @Override
  public ChangeLine describe(CompanyFile file, PlaceNames places) {
    var s = file.site(site);
    return new ChangeLine(
        s.getName(), "change.declareNewProducer", s.getName(), "", newProducer ? "SI" : "NO");
  }

  @Override
  public void applyTo(CompanyFile file) {
    file.site(site).declareNewProducer(newProducer);
  }
}
