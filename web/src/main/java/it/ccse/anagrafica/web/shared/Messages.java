package it.ccse.anagrafica.web.shared;

import it.ccse.anagrafica.shared.domain.BusinessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Faces messages from the i18n bundle, in the language the user chose (Italian unless switched).
 * Not the view root's: on a GET a view action runs before f:view sets it, when it still follows the
 * browser (or, without Accept-Language, the server's default, English).
 */
@RequestScoped
public class Messages {

  @Inject private FacesContext faces;
  @Inject private LocaleSwitch language;

  /** Bundles searched in order: the page texts, then the domain's rule and signature messages. */
  private static final List<String> BUNDLES =
      List.of("i18n.messages", "i18n.validation", "i18n.signature", "i18n.changes");

  public String text(String key, Object... arguments) {
    var bundle = bundleOf(key);
    // Always through MessageFormat, so quotes are written '' in every key this class reads.
    return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
  }

  /** A label as the pages show it ({@code #{msg[key]}}), not a pattern: its quotes stay. */
  public String label(String key) {
    return bundleOf(key).getString(key);
  }

  private ResourceBundle bundleOf(String key) {
    var locale = language.getLocale();
    return BUNDLES.stream()
        .map(name -> ResourceBundle.getBundle(name, locale))
        .filter(b -> b.containsKey(key))
        .findFirst()
        .orElseThrow(() -> new MissingResourceException(key, "i18n", key));
  }

  public String text(BusinessException e) {
    return text(e.messageKey(), e.arguments());
  }

  public void error(String clientId, String key, Object... arguments) {
    add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
  }

  public void warn(String clientId, String key, Object... arguments) {
    add(clientId, FacesMessage.SEVERITY_WARN, key, arguments);
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
