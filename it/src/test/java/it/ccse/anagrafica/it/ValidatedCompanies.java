package it.ccse.anagrafica.it;

import it.ccse.anagrafica.accounts.application.AccountService;
import it.ccse.anagrafica.accounts.domain.Role;
import it.ccse.anagrafica.registry.application.CompanyService;
import it.ccse.anagrafica.registry.application.NewCompany;
import it.ccse.anagrafica.shared.domain.CodiceFiscale;
import it.ccse.anagrafica.shared.domain.PartitaIva;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Set;

/** Arranges a validated company and its operator, as imported from the legacy registry. */
@Dependent
class ValidatedCompanies {

  static final String PASSWORD = "Firma#Prova2026";
  static final String PIN = "258025";

  @Inject private CompanyService companies;
  @Inject private AccountService accounts;

  /** A new validated company (office Via Roma 1, 10121 Torino) and its operator with a PIN. */
  String withOperator() {
    String code = CompanyCodes.unique();
    var company =
        companies.create(
            new NewCompany(
                CodiceFiscale.of(code),
                PartitaIva.of(code),
                "Fascicolo " + code + " S.r.l.",
                "SRL",
                "Via Roma",
                "1",
                "10121",
                "01",
                "TO",
                "001272"));
    companies.recordLegacyValidation(company.id());
    accounts.createActiveAccount(
        code,
        "op-" + code + "@example.org",
        "Mario Rossi",
        Set.of(Role.OPERATOR),
        company.id(),
        PASSWORD.toCharArray(),
        PIN.toCharArray());
    return code;
  }
}
