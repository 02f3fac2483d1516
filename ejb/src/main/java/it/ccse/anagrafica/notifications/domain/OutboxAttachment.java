package it.ccse.anagrafica.notifications.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/**
 * A file of the documents' attachment store that an outbox message carries (OP-2): named by its
 * company and public id, written with the message in the caller's transaction; its bytes are read
 * only when the message is delivered, so a message queued while SMTP is down keeps its files.
 */
@Embeddable
public class OutboxAttachment implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "company_id", nullable = false)
  private long companyId;

  @Column(name = "attachment_id", nullable = false)
  private String attachmentId;

  protected OutboxAttachment() {}

  public OutboxAttachment(long companyId, String attachmentId) {
    this.companyId = companyId;
    this.attachmentId = Objects.requireNonNull(attachmentId, "attachmentId");
  }

  public long companyId() {
    return companyId;
  }

  public String attachmentId() {
    return attachmentId;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OutboxAttachment that
        && companyId == that.companyId
        && attachmentId.equals(that.attachmentId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(companyId, attachmentId);
  }
}
