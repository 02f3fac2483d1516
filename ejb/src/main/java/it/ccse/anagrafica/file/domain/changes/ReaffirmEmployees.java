package it.ccse.anagrafica.file.domain.changes;

import it.ccse.anagrafica.categories.domain.obligations.EmployeeThreshold;
import it.ccse.anagrafica.file.domain.CompanyFile;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import it.ccse.anagrafica.shared.domain.PlaceNames;
import java.util.Optional;

/**
 * TH-2: the declaration "non più di 10 dipendenti" made again at signing when the class goes down;
 * it needs that class already chosen in the set, so that choice cannot be undone alone.
 */
public record ReaffirmEmployees() implements CompanyDeclaration {

  @Override
  public ChangeLine describe(CompanyFile file, PlaceNames places) {
    return line(file, "change.reaffirmEmployees", "", EmployeeThreshold.UP_TO_TEN.name());
  }

  @Override
  public void applyTo(CompanyFile file) {
    if (!file.getCompany().employeeThreshold().equals(Optional.of(EmployeeThreshold.UP_TO_TEN))) {
      throw new InvalidValueException("changeSet.nothingToReaffirm");
    }
  }
}
