package it.ccse.anagrafica.file.domain.changes;

import it.ccse.anagrafica.company.domain.Site;
import it.ccse.anagrafica.file.domain.CompanyFile;
import it.ccse.anagrafica.shared.domain.BirthplaceRegistry;
import it.ccse.anagrafica.shared.domain.FreeText;
import it.ccse.anagrafica.shared.domain.PlaceNames;
import it.ccse.anagrafica.shared.domain.Territory;

/** MD-8: name and employees (ULA) of a site. */
public record DescribeLocalUnit(String site, String name, Integer employees) implements OnSite {

  @Override
  public ChangeLine describe(CompanyFile file, PlaceNames places) {
    Site s = file.site(site);
    return new ChangeLine(
        s.getName(),
        "change.describeLocalUnit",
        s.getName(),
        s.getName() + ", ULA " + s.getEmployees(),
        name + ", ULA " + employees);
  }

  @Override
  public void applyTo(CompanyFile file) {
    file.site(site).describe(name, employees);
  }

  @Override
  public Operation checked(Territory territory, BirthplaceRegistry birthplaces) {
    return new DescribeLocalUnit(site, Inputs.text("name", name, FreeText.SITE_NAME), employees);
  }
}
