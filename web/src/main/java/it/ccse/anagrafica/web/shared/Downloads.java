package it.ccse.anagrafica.web.shared;

import java.io.ByteArrayInputStream;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** A document the service made, downloaded by a {@code p:fileDownload} under its name. */
public final class Downloads {

  private Downloads() {}

  public static StreamedContent pdf(String fileName, byte[] pdf) {
    return DefaultStreamedContent.builder().name(fileName).contentType("application/pdf").stream(
            () -> new ByteArrayInputStream(pdf))
        .build();
  }
}
