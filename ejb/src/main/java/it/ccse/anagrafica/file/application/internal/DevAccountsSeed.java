package it.ccse.anagrafica.file.application.internal;

import it.ccse.anagrafica.accounts.application.AccountService;
import it.ccse.anagrafica.accounts.domain.Role;
import it.ccse.anagrafica.company.application.CompanyService;
import it.ccse.anagrafica.company.application.NewCompany;
import it.ccse.anagrafica.file.application.DemoCompanyFile;
import it.ccse.anagrafica.shared.domain.CodiceFiscale;
import it.ccse.anagrafica.shared.domain.PartitaIva;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo accounts of the embedded default (README), created once when {@code anagrafica.dev.seed} is
 * true. Production domains never set it.
 */
@Singleton
@Startup
@DependsOn("DatabaseSchema")
public class DevAccountsSeed {

  private static final Logger LOG = Logger.getLogger(DevAccountsSeed.class.getName());
  private static final String DEMO_DELEGATE = "BNCGNN75B12F205E";

  @Inject
  @ConfigProperty(name = "anagrafica.dev.seed")
  private boolean enabled;

  @EJB private AccountService accounts;
  @EJB private CompanyService companies;
  @EJB private DemoCompanyFile demoFile;

  @PostConstruct
  void seed() {
    if (!enabled) {
      return;
    }
    if (accounts.findByUsername("admin").isEmpty()) {
      seedAccounts();
    }
    if (accounts.findByUsername(DEMO_DELEGATE).isEmpty()) {
      seedCompanyFile(accounts.findByUsername("operatore").orElseThrow().companyId());
    }
  }

  private void seedAccounts() {
    accounts.createActiveAccount(
        "admin",
        "admin@ccse.localhost",
        "Amministratore CCSE",
        Set.of(Role.ADMIN, Role.BACKOFFICE),
        null,
        "Amministra#2026".toCharArray(),
        null);
    accounts.createActiveAccount(
        "backoffice",
        "backoffice@ccse.localhost",
        "Validatore CCSE",
        Set.of(Role.BACKOFFICE),
        null,
        "Validatore#2026".toCharArray(),
        null);
    var demo =
        companies.create(
            new NewCompany(
                CodiceFiscale.of("12345670017"),
                PartitaIva.of("12345670017"),
                "Demo Servizi Ambientali S.r.l.",
                "SRL",
                "Via Roma",
                "1",
                "10121",
                "01",
                "TO",
                "001272"));
    companies.recordLegacyValidation(demo.id());
    accounts.createActiveAccount(
        "operatore",
        "operatore@demo.localhost",
        "Mario Rossi",
        Set.of(Role.OPERATOR),
        demo.id(),
        "Demo#Servizi26".toCharArray(),
        "258025".toCharArray());
    LOG.warning(
        "Demo accounts created (anagrafica.dev.seed=true): never enable this in production");
  }

  /** Issue 4's demo file; also added to a demo database made before it existed. */
  private void seedCompanyFile(Long demoCompany) {
    companies.recordLegacyValidation(demoCompany);
    demoFile.furnish(demoCompany);
    accounts.createActiveAccount(
        DEMO_DELEGATE,
        "gianni.bianchi@demo.localhost",
        "Gianni Bianchi",
        Set.of(Role.DELEGATE),
        demoCompany,
        "Delegato#2026".toCharArray(),
        "147036".toCharArray());
  }
}
