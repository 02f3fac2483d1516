package it.ccse.anagrafica.file.domain.changes;

import it.ccse.anagrafica.company.domain.Site;
import it.ccse.anagrafica.file.domain.CompanyFile;
import it.ccse.anagrafica.file.domain.EditScope;
import java.util.Optional;

/**
 * A declaration about the whole company that any of its users may make (TH-1, guide §9.1): no site,
 * and the scope asks only for a user of the company.
 */
public sealed interface CompanyDeclaration extends Operation
    permits DeclareEmployees, ReaffirmEmployees {

  @Override
  default Optional<Site> site(CompanyFile file) {
    return Optional.empty();
  }

  @Override
  default void requireWithin(EditScope scope, CompanyFile file) {
    scope.requireCompanyUser();
  }

  /** A summary line about the company's employee class. */
  default ChangeLine line(CompanyFile file, String action, String before, String after) {
    return new ChangeLine(
        ChangeLines.siteName(Optional.empty()),
        action,
        file.getCompany().getRagioneSociale(),
        before,
        after);
  }
}
