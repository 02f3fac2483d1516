package it.ccse.anagrafica.file.domain.changes;

import it.ccse.anagrafica.categories.domain.obligations.EmployeeThreshold;
import it.ccse.anagrafica.file.domain.CompanyFile;
import it.ccse.anagrafica.shared.domain.PlaceNames;

/** TH-1, TH-2: the company's employee class ("minore/uguale a 10", "maggiore di 10"). */
public record DeclareEmployees(EmployeeThreshold threshold) implements CompanyDeclaration {

  @Override
  public ChangeLine describe(CompanyFile file, PlaceNames places) {
    return line(
        file,
        "change.declareEmployees",
        file.getCompany().employeeThreshold().map(Enum::name).orElse(""),
        threshold.name());
  }

  @Override
  public void applyTo(CompanyFile file) {
    file.getCompany().declareEmployees(threshold);
  }
}
