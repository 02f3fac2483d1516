package it.ccse.anagrafica.web.accounts;

import it.ccse.anagrafica.accounts.application.CredentialsService;
import it.ccse.anagrafica.accounts.application.DelegateInvitations;
import it.ccse.anagrafica.accounts.domain.TokenPurpose;
import it.ccse.anagrafica.accounts.domain.TokenState;
import it.ccse.anagrafica.web.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * VW-1, MD-13 (issue 15 finding 4): the page of an invitation link. The signed-in person (the login
 * comes first, the page being in the signed-in area) accepts joining the inviting company, whose
 * devices then appear on the device choice.
 */
@Named
@ViewScoped
public class AcceptInvitation implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private CredentialsService credentials;
  @EJB private DelegateInvitations invitations;
  @Inject private CurrentUser user;
  @Inject private Messages messages;

  private String token;
  private TokenState state;
  private String company;
  private boolean done;

  /** f:viewAction: the link's state and company before anything is pressed. */
  public void load() {
    state = credentials.state(token, TokenPurpose.COMPANY_INVITATION);
    company = invitations.invitingCompany(token).orElse(null);
  }

  public void accept() {
    company = invitations.accept(token, user.username());
    done = true;
  }

  public boolean isUsable() {
    return state == TokenState.USABLE && !done;
  }

  public boolean isDone() {
    return done;
  }

  /** Why the link cannot be used, in words; null when it can. */
  public String getProblem() {
    if (state == null || state == TokenState.USABLE || done) {
      return null;
    }
    return messages.text(state.messageKey());
  }

  public String getCompany() {
    return company;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }
}
