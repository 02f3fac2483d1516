package it.ccse.anagrafica.web.shared;

import java.io.ByteArrayInputStream;
import java.util.function.Supplier;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** A document or export the service made, downloaded by a {@code p:fileDownload} by its name. */
public final class Downloads {

  private Downloads() {}

  /** A CSV the service wrote (UTF-8 with BOM, formula-safe), made only when downloaded. */
  public static StreamedContent csv(String fileName, Supplier<byte[]> csv) {
    return DefaultStreamedContent.builder()
        .name(fileName)
        .contentType("text/csv; charset=UTF-8")
        .stream(() -> new ByteArrayInputStream(csv.get()))
        .build();
  }

  public static StreamedContent pdf(String fileName, byte[] pdf) {
    return DefaultStreamedContent.builder().name(fileName).contentType("application/pdf").stream(
            () -> new ByteArrayInputStream(pdf))
        .build();
  }

  /** A file of the given media type, e.g. a template as DOCX. */
  public static StreamedContent file(String fileName, String contentType, byte[] content) {
    return DefaultStreamedContent.builder().name(fileName).contentType(contentType).stream(
            () -> new ByteArrayInputStream(content))
        .build();
  }
}
