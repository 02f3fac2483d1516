package it.ccse.anagrafica.web.accounts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** "Logout" in the top-right menu: ends the session and returns to the home page. */
@Named
@RequestScoped
public class Logout {

  @Inject private ExternalContext external;

  public void submit() throws IOException, ServletException {
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/index.xhtml");
  }
}
