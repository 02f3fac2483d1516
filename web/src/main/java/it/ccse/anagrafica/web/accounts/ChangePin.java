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

/** "Cambia PIN" from the top-right menu: password, current PIN, new PIN, confirmation. */
@Named
@RequestScoped
public class ChangePin {

  @EJB private AccountService accounts;
  @Inject private SecurityContext securityContext;
  @Inject private Messages messages;
  @Inject private ClientAddress clientAddress;
  @Inject private ExternalContext external;

  private String password;
  private String currentPin;
  private String newPin;
  private String confirmation;

  public void save() {
    if (!newPin.equals(confirmation)) {
      messages.error("pinForm:confirmation", "activation.pinMismatch");
      return;
    }
    accounts.changePin(
        securityContext.getCallerPrincipal().getName(),
        password.toCharArray(),
        currentPin.toCharArray(),
        newPin.toCharArray(),
        clientAddress.of((HttpServletRequest) external.getRequest()));
    messages.info(null, "changePin.done");
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getCurrentPin() {
    return currentPin;
  }

  public void setCurrentPin(String currentPin) {
    this.currentPin = currentPin;
  }

  public String getNewPin() {
    return newPin;
  }

  public void setNewPin(String newPin) {
    this.newPin = newPin;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}
