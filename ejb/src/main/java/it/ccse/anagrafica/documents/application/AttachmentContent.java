package it.ccse.anagrafica.documents.application;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

/** An attachment to download: what it is and its bytes. */
public record AttachmentContent(AttachmentView view, byte[] bytes) {

  public InputStream stream() {
    return new ByteArrayInputStream(bytes);
  }
}
