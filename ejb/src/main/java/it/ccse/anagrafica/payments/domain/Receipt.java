package it.ccse.anagrafica.payments.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/**
 * "ALLEGATO" of a payment (PY-3) or of a request for an adjustment (AJ-2): the document proving it,
 * kept by the attachment store of {@code documents} (type checked by content, at most 500 KB) and
 * referred to by its public id.
 */
@Embeddable
public class Receipt implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "receipt_public_id")
  private String attachmentPublicId;

  @Column(name = "receipt_file_name")
  private String fileName;

  protected Receipt() {}

  public Receipt(String attachmentPublicId, String fileName) {
    this.attachmentPublicId = Objects.requireNonNull(attachmentPublicId);
    this.fileName = Objects.requireNonNull(fileName);
  }

  public String attachmentPublicId() {
    return attachmentPublicId;
  }

  public String fileName() {
    return fileName;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Receipt that
        && attachmentPublicId.equals(that.attachmentPublicId)
        && fileName.equals(that.fileName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(attachmentPublicId, fileName);
  }
}
