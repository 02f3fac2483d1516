package it.ccse.anagrafica.payments.application.internal;

import it.ccse.anagrafica.accounts.domain.Account;
import it.ccse.anagrafica.accounts.domain.AccountRepository;
import it.ccse.anagrafica.company.domain.Company;
import it.ccse.anagrafica.company.domain.CompanyRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Stream;

/**
 * Who is told of a payment's or an adjustment's outcome by e-mail (PY-3, AJ-2, AD-3): the company's
 * address and the author's, once each.
 */
@Dependent
class Recipients {

  @Inject private AccountRepository accounts;
  @Inject private CompanyRepository companies;

  List<String> of(long companyId, String author) {
    return Stream.concat(
            companies.find(companyId).map(Company::getEmail).stream(),
            accounts.findByUsername(author).map(Account::getEmail).stream())
        .filter(e -> e != null && !e.isBlank())
        .map(Account::normaliseEmail)
        .distinct()
        .toList();
  }
}
