package it.ccse.anagrafica.web.accounts;

import it.ccse.anagrafica.accounts.application.CredentialsService;
import it.ccse.anagrafica.web.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * "Hai problemi con l'accesso?" (ON-5): "Richiedi credenziali" and "Richiedi mail attivazione". The
 * answer is the same whether or not the address is known.
 */
@Named
@RequestScoped
public class AccessHelp {

  @EJB private CredentialsService credentials;
  @Inject private Messages messages;

  private String credentialsEmail;
  private String activationEmail;

  public void requestCredentials() {
    credentials.requestCredentials(credentialsEmail);
    messages.info(null, "accessHelp.sent");
    credentialsEmail = null;
  }

  public void requestActivationMail() {
    credentials.requestActivationMail(activationEmail);
    messages.info(null, "accessHelp.sent");
    activationEmail = null;
  }

  public String getCredentialsEmail() {
    return credentialsEmail;
  }

  public void setCredentialsEmail(String credentialsEmail) {
    this.credentialsEmail = credentialsEmail;
  }

  public String getActivationEmail() {
    return activationEmail;
  }

  public void setActivationEmail(String activationEmail) {
    this.activationEmail = activationEmail;
  }
}
