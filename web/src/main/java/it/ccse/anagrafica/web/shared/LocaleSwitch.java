package it.ccse.anagrafica.web.shared;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** Italian by default, English on request; kept for the session. */
@Named
@SessionScoped
public class LocaleSwitch implements Serializable {

  private static final long serialVersionUID = 1L;

  private Locale locale = Locale.ITALIAN;

  public Locale getLocale() {
    return locale;
  }

  public String getLanguage() {
    return locale.getLanguage();
  }

  public void italian() {
    locale = Locale.ITALIAN;
  }

  public void english() {
    locale = Locale.ENGLISH;
  }
}
