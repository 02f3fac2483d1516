package it.ccse.anagrafica.file.application.internal;

import it.ccse.anagrafica.file.application.CallerCompany;
import it.ccse.anagrafica.file.application.FileAccess;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;

@Stateless
public class DefaultCallerCompany implements CallerCompany {

  @Inject private FileAccess access;

  @Override
  public Optional<Long> of(String username, String device) {
    return username == null ? Optional.empty() : access.companyId(username, device);
  }
}
