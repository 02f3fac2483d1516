package it.ccse.anagrafica.sectors.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/**
 * "Carica autocertificazione" (SE-5): the signed self-certification of a sector, kept by the
 * attachment store of {@code documents} and referred to by its public id.
 */
@Embeddable
public class SelfCertification implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "self_certification_id")
  private String attachmentPublicId;

  @Column(name = "self_certification_name")
  private String fileName;

  protected SelfCertification() {}

  public SelfCertification(String attachmentPublicId, String fileName) {
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
    return other instanceof SelfCertification that
        && attachmentPublicId.equals(that.attachmentPublicId)
        && fileName.equals(that.fileName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(attachmentPublicId, fileName);
  }
}
