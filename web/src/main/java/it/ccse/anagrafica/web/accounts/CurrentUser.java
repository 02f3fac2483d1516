package it.ccse.anagrafica.web.accounts;

import it.ccse.anagrafica.accounts.application.AccountService;
import it.ccse.anagrafica.accounts.application.AccountView;
import it.ccse.anagrafica.accounts.domain.Role;
import it.ccse.anagrafica.web.file.DeviceInUse;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.Optional;

/** The signed-in user as the header and the home page show them. */
@Named
@RequestScoped
public class CurrentUser {

  @Inject private SecurityContext securityContext;
  @EJB private AccountService accounts;
  @Inject private DeviceInUse deviceInUse;

  private Optional<AccountView> account;

  public boolean isLoggedIn() {
    return securityContext.getCallerPrincipal() != null;
  }

  public boolean isStaff() {
    return securityContext.isCallerInRole(Role.BACKOFFICE.name())
        || securityContext.isCallerInRole(Role.ADMIN.name());
  }

  /** CCSE administrators run the batch jobs (AD-4). */
  public boolean isAdmin() {
    return securityContext.isCallerInRole(Role.ADMIN.name());
  }

  /** The company's account holder (legal representative), who fills in "Dati societari". */
  public boolean isOperator() {
    return securityContext.isCallerInRole(Role.OPERATOR.name());
  }

  /** A company's delegate (VW-1): acts through the device chosen after login. */
  public boolean isDelegate() {
    return securityContext.isCallerInRole(Role.DELEGATE.name()) && !isOperator();
  }

  /** The signed-in username, for the services that act on the caller's own data. */
  public String username() {
    return securityContext.getCallerPrincipal().getName();
  }

  public Optional<AccountView> account() {
    if (account == null) {
      var principal = securityContext.getCallerPrincipal();
      account = principal == null ? Optional.empty() : accounts.findByUsername(principal.getName());
    }
    return account;
  }

  public String getDisplayName() {
    return account().map(AccountView::displayName).orElse("");
  }

  /**
   * The company name for operators, for delegates the company of the device in use (VW-1; their
   * name until they choose), "CCSE" for staff (ON-6 menu label).
   */
  public String getMenuLabel() {
    if (isDelegate()) {
      return Optional.ofNullable(deviceInUse.companyName()).orElseGet(this::getDisplayName);
    }
    return account().map(a -> a.companyName() != null ? a.companyName() : "CCSE").orElse("");
  }
}
