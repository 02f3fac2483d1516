package it.ccse.anagrafica.web.accounts;

import it.ccse.anagrafica.accounts.application.CredentialsService;
import it.ccse.anagrafica.accounts.domain.TokenPurpose;
import it.ccse.anagrafica.accounts.domain.TokenState;
import it.ccse.anagrafica.web.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The page of a single-use link (ON-3 activation, ON-5 reset): a used, expired or unknown link says
 * so and offers a new one; otherwise the user sets password (and PIN, on activation).
 */
@Named
@ViewScoped
public class Activate implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private CredentialsService credentials;
  @Inject private Messages messages;

  private String token;
  private TokenPurpose purpose = TokenPurpose.ACTIVATION;
  private TokenState state;
  private String password;
  private String confirmation;
  private String pin;
  private String pinConfirmation;

  /** The link's account, whose name the new password must not contain (issue 15, 13b). */
  private String holder;

  private boolean done;

  /** f:viewAction: the link's state before anything is typed. */
  public void load() {
    state = credentials.state(token, purpose);
    holder = credentials.holder(token, purpose).orElse(null);
  }

  public void submit() {
    if (!password.equals(confirmation)) {
      messages.error("activationForm:confirmation", "activation.passwordMismatch");
      return;
    }
    if (purpose == TokenPurpose.PASSWORD_RESET) {
      holder = credentials.resetPassword(token, password.toCharArray());
      done = true;
      return;
    }
    if (!pin.equals(pinConfirmation)) {
      messages.error("activationForm:pinConfirmation", "activation.pinMismatch");
      return;
    }
    holder = credentials.activate(token, password.toCharArray(), pin.toCharArray());
    done = true;
  }

  public boolean isUsable() {
    return state == TokenState.USABLE && !done;
  }

  public boolean isDone() {
    return done;
  }

  public boolean isActivation() {
    return purpose == TokenPurpose.ACTIVATION;
  }

  /** Why the link cannot be used, in words; null when it can. */
  public String getProblem() {
    if (state == null || state == TokenState.USABLE || done) {
      return null;
    }
    return messages.text(state.messageKey());
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public TokenPurpose getPurpose() {
    return purpose;
  }

  public void setPurpose(TokenPurpose purpose) {
    this.purpose = purpose;
  }

  public String getHolder() {
    return holder;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }

  public String getPin() {
    return pin;
  }

  public void setPin(String pin) {
    this.pin = pin;
  }

  public String getPinConfirmation() {
    return pinConfirmation;
  }

  public void setPinConfirmation(String pinConfirmation) {
    this.pinConfirmation = pinConfirmation;
  }
}
