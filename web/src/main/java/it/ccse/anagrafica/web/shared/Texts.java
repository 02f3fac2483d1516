package it.ccse.anagrafica.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Texts of the domain's message keys (e.g. an obligation's reason) for pages, in their language.
 */
@Named
@RequestScoped
public class Texts {

  @Inject private Messages messages;

  public String of(String key) {
    return key == null ? "" : messages.text(key);
  }
}
