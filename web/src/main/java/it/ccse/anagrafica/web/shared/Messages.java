package it.ccse.anagrafica.web.shared;

import it.ccse.anagrafica.shared.domain.InvalidValueException;
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

  /**
   * The page texts (i18n/messages) first, then the rule messages of the domain (i18n/validation).
   */
  public String text(String key, Object... arguments) {
    var locale = faces.getViewRoot().getLocale();
    var bundle = ResourceBundle.getBundle("i18n.messages", locale);
    if (!bundle.containsKey(key)) {
      bundle = ResourceBundle.getBundle("i18n.validation", locale);
    }
    // Always through MessageFormat, so quotes are written '' in every key this class reads.
    return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
  }

  public String text(InvalidValueException e) {
    return text(e.messageKey(), e.arguments());
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
