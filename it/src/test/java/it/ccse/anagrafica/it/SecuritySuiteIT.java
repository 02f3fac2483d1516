package it.ccse.anagrafica.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.ccse.anagrafica.accounts.domain.Role;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 15's security suite (OWASP ASVS 4 L2): the role × page matrix and the field fuzz over every
 * page the users' menus reach. Its helpers run on the client only, so no method or lambda here
 * names them (the class is also loaded in the server, for the first test).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecuritySuiteIT {

  /** Company B, a valid 11-digit code its operator also signs in with. */
  static final String COMPANY_B = "98765430016";

  static final String STAFF = "sicurezza-staff";
  static final String ADMIN = "sicurezza-admin";

  @Deployment
  static EnterpriseArchive deployment() {
    // Not the staff caller's deployment: its role mapping would change who may open what.
    return Deployments.earWith(SecuritySuiteIT.class, CompanyCodes.class, ValidatedCompanies.class);
  }

  @Inject private ValidatedCompanies companies;

  /** In the server: company B with its operator, and staff whom no other test locks out. */
  @Test
  @Order(1)
  void theSuitesOwnUsers() {
    companies.withOperator(COMPANY_B);
    companies.staff(STAFF, Role.BACKOFFICE);
    companies.staff(ADMIN, Role.ADMIN, Role.BACKOFFICE);
  }

  @Test
  @Order(2)
  @RunAsClient
  void everyPageAnswersEveryUserAsDesignedAndNoCompanySeesAnother() throws Exception {
    assertEquals(List.of(), new AccessMatrix().run());
  }

  @Test
  @Order(3)
  @RunAsClient
  void everyFieldAnswersHostileInputWithAMessageNeverAnError() throws Exception {
    assertEquals(List.of(), FormFuzz.everyUsersForms());
  }
}
