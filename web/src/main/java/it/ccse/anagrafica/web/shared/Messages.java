package it.ccse.anagrafica.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Faces messages from the i18n bundle, in the view's language. */
@RequestScoped
public class Messages {

  @Inject private FacesContext faces;

  public String text(String key, Object... arguments) {
    var bundle = ResourceBundle.getBundle("i18n.messages", faces.getViewRoot().getLocale());
    // Always through MessageFormat, so quotes are written '' in every key this class reads.
    return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
  }

  public void error(String clientId, String key, Object... arguments) {
    add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
  }

  public void info(String clientId, String key, Object... arguments) {
    add(clientId, FacesMessage.SEVERITY_INFO, key, arguments);
  }

  private void add(
      String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
    String summary = text(key, arguments);
    faces.addMessage(clientId, new FacesMessage(severity, summary, summary));
  }
}
