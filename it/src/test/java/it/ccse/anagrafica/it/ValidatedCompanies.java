package it.ccse.anagrafica.it;

import it.ccse.anagrafica.accounts.application.AccountService;
import it.ccse.anagrafica.accounts.domain.Role;
import it.ccse.anagrafica.categories.domain.CategoryType;
import it.ccse.anagrafica.company.application.CompanyService;
import it.ccse.anagrafica.company.application.NewCompany;
import it.ccse.anagrafica.file.application.CompanyFileChanges;
import it.ccse.anagrafica.file.domain.changes.AddCategory;
import it.ccse.anagrafica.file.domain.changes.AddLocalUnit;
import it.ccse.anagrafica.file.domain.changes.AssociateCategory;
import it.ccse.anagrafica.file.domain.changes.Details;
import it.ccse.anagrafica.file.domain.changes.RequestDevice;
import it.ccse.anagrafica.shared.domain.CodiceFiscale;
import it.ccse.anagrafica.shared.domain.PartitaIva;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * Arranges a validated company and its operator, as imported from the legacy registry, and local
 * units in its file.
 */
@Dependent
class ValidatedCompanies {

  static final String PASSWORD = "Firma#Prova2026";
  static final String PIN = "258025";

  /** A hazardous activity with 20 employees, the category details the file tests use. */
  static final Details HAZARDOUS = new Details(true, false, null, 20, null, null, null, null);

  @Inject private CompanyService companies;
  @Inject private AccountService accounts;
  @Inject private CompanyFileChanges changes;

  /** A new validated company (office Via Roma 1, 10121 Torino) and its operator with a PIN. */
  String withOperator() {
    String code = CompanyCodes.unique();
    withOperator(code);
    return code;
  }

  /** The company with this code and its operator (username = code), unless they exist already. */
  void withOperator(String code) {
    if (accounts.findByUsername(code).isPresent()) {
      return;
    }
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
  }

  /** A staff account with {@link #PASSWORD}, unless it exists already. */
  void staff(String username, Role... roles) {
    if (accounts.findByUsername(username).isEmpty()) {
      accounts.createActiveAccount(
          username,
          username + "@ccse.localhost",
          "Staff " + username,
          Set.of(roles),
          null,
          PASSWORD.toCharArray(),
          null);
    }
  }

  /**
   * The operator adds a local unit (Via Po 9, Torino) with a {@link #HAZARDOUS} production category
   * {@code unit + "-c"}, requests the device and associates the category with it, unsigned.
   */
  void localUnitWithDevice(String operator, String unit, String name, String device) {
    changes.change(
        operator,
        null,
        new AddLocalUnit(unit, name, "Via Po", "9", "10124", "01", "TO", "001272", 20, null));
    changes.change(
        operator, null, new AddCategory(unit, unit + "-c", CategoryType.PRODUCTION, HAZARDOUS));
    changes.change(operator, null, new RequestDevice(unit, device));
    changes.change(operator, null, new AssociateCategory(device, unit + "-c"));
  }
}
