package it.ccse.anagrafica.shared.domain.reference;

import java.io.Serializable;
import java.util.Objects;

/** The key of an {@link AtecoActivity}: a code is only meaningful within its classification. */
public class AtecoActivityId implements Serializable {

  private static final long serialVersionUID = 1L;

  private String classification;
  private String code;

  /** For JPA. */
  public AtecoActivityId() {}

  public AtecoActivityId(String classification, String code) {
    this.classification = classification;
    this.code = code;
  }

  public String getClassification() {
    return classification;
  }

  public String getCode() {
    return code;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AtecoActivityId that
        && Objects.equals(classification, that.classification)
        && Objects.equals(code, that.code);
  }

  @Override
  public int hashCode() {
    return Objects.hash(classification, code);
  }
}
