package it.ccse.anagrafica.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where users of the portal get its source code: the AGPL-3.0 (section 13) requires offering it to
 * everyone who uses the program over a network. The footer links it when configured.
 */
@Named
@ApplicationScoped
public class SourceCode {

  @Inject
  @ConfigProperty(name = "anagrafica.source-url")
  private Optional<String> url;

  public String getUrl() {
    return url.orElse(null);
  }
}
