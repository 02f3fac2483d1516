package it.ccse.anagrafica.web.accounts;

import it.ccse.anagrafica.accounts.application.AccountService;
import it.ccse.anagrafica.web.shared.ClientAddress;
import it.ccse.anagrafica.web.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDateTime;

/** "Cambia Password" from the top-right menu (ON-6): old, new, confirmation, "Salva". */
@Named
@RequestScoped
public class ChangePassword {

  @EJB private AccountService accounts;
  @Inject private SecurityContext securityContext;
  @Inject private Messages messages;
  @Inject private ClientAddress clientAddress;
  @Inject private ExternalContext external;

  private String current;
  private String replacement;
  private String confirmation;

  public void save() {
    if (!replacement.equals(confirmation)) {
      messages.error("passwordForm:confirmation", "changePassword.mismatch");
      return;
    }
    LocalDateTime stamp =
        accounts.changePassword(
            securityContext.getCallerPrincipal().getName(),
            current.toCharArray(),
            replacement.toCharArray(),
            clientAddress.of((HttpServletRequest) external.getRequest()));
    // Other sessions of the account end; this one goes on.
    CurrentCredentialsFilter.remember(external.getSessionMap(), stamp);
    messages.info(null, "changePassword.done");
  }

  public String getCurrent() {
    return current;
  }

  public void setCurrent(String current) {
    this.current = current;
  }

  public String getReplacement() {
    return replacement;
  }

  public void setReplacement(String replacement) {
    this.replacement = replacement;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}
