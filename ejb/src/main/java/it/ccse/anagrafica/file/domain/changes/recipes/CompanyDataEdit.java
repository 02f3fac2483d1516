package it.ccse.anagrafica.file.domain.changes.recipes;

import it.ccse.anagrafica.categories.domain.obligations.EmployeeThreshold;
import it.ccse.anagrafica.file.domain.CompanyFile;
import it.ccse.anagrafica.file.domain.changes.DeclareEmployees;
import it.ccse.anagrafica.file.domain.changes.Operation;
import it.ccse.anagrafica.file.domain.changes.UpdateCompanyData;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * MD-3 "Dati societari" with TH-2: the company data as typed, and the employee class only when one
 * is chosen and it differs from the file's (pending changes included).
 */
public record CompanyDataEdit(UpdateCompanyData data, EmployeeThreshold employees)
    implements ChangeRecipe {

  @Override
  public List<Operation> operations(CompanyFile pending, Supplier<String> newIds) {
    List<Operation> operations = new ArrayList<>();
    operations.add(data);
    if (employees != null && !Optional.of(employees).equals(current(pending))) {
      operations.add(new DeclareEmployees(employees));
    }
    return operations;
  }

  private static Optional<EmployeeThreshold> current(CompanyFile pending) {
    return pending.getCompany().employeeThreshold();
  }
}
