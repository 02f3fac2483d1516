package it.ccse.anagrafica.it;

import java.net.CookieManager;
import java.net.http.HttpClient;

/**
 * The users the security suite acts as: anonymous, the demo company's operator and delegate
 * (company A), another company's operator (B) and staff of the suite's own, whom no other test
 * locks out.
 */
enum SuiteUser {
  ANONYMOUS(null, null, null),
  OPERATOR_A("operatore", "Demo#Servizi26", "A"),
  DELEGATE_A("BNCGNN75B12F205E", "Delegato#2026", "A"),
  OPERATOR_B(SecuritySuiteIT.COMPANY_B, ValidatedCompanies.PASSWORD, "B"),
  BACKOFFICE(SecuritySuiteIT.STAFF, ValidatedCompanies.PASSWORD, null),
  ADMIN(SecuritySuiteIT.ADMIN, ValidatedCompanies.PASSWORD, null);

  private final String username;
  private final String password;

  /** The company whose data the user may see; null for staff and anonymous. */
  final String company;

  SuiteUser(String username, String password, String company) {
    this.username = username;
    this.password = password;
    this.company = company;
  }

  boolean isStaff() {
    return this == BACKOFFICE || this == ADMIN;
  }

  /**
   * A browser-like client of its own: signed in (a delegate with the first device chosen, VW-1), or
   * with no session yet for anonymous.
   */
  HttpClient session() throws Exception {
    if (username == null) {
      return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }
    var session = PortalSessions.signedIn(username, password);
    if (this == DELEGATE_A) {
      PortalSessions.chooseFirstDevice(session);
    }
    return session;
  }
}
