package it.ccse.anagrafica.company.application;

import it.ccse.anagrafica.accounts.domain.Account;
import it.ccse.anagrafica.accounts.domain.AccountRepository;
import it.ccse.anagrafica.company.domain.Company;
import it.ccse.anagrafica.company.domain.CompanyRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Stream;

/**
 * Who is told by e-mail of what happens to something a company's user filed — a practice, a
 * payment, an adjustment, a sector (RQ, PY, AJ, SE, AD-1..AD-3): the company's address and the
 * author's, once each.
 */
@Dependent
public class CompanyRecipients {

  @Inject private AccountRepository accounts;
  @Inject private CompanyRepository companies;

  public List<String> of(long companyId, String author) {
    return Stream.concat(
            companies.find(companyId).map(Company::getEmail).stream(),
            accounts.findByUsername(author).map(Account::getEmail).stream())
        .filter(e -> e != null && !e.isBlank())
        .map(Account::normaliseEmail)
        .distinct()
        .toList();
  }
}
