package it.ccse.anagrafica.documents.application;

import it.ccse.anagrafica.documents.domain.AttachmentUse;
import it.ccse.anagrafica.documents.domain.SizeLimit;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The size limit in force for each use: its MicroProfile Config key where it has one (read at each
 * call, so a changed system property applies at once), else the one the manual fixes. The store
 * enforces it; the upload filter and the pages read it to refuse sooner.
 */
@ApplicationScoped
public class AttachmentLimits {

  public SizeLimit of(AttachmentUse use) {
    return use.limit(
        use.configKey()
            .flatMap(key -> ConfigProvider.getConfig().getOptionalValue(key, Long.class)));
  }

  public long maxBytes(AttachmentUse use) {
    return of(use).maxBytes();
  }
}
