package it.ccse.anagrafica.web.validation;

import it.ccse.anagrafica.company.domain.LegalForm;
import it.ccse.anagrafica.validation.application.ValidationDetail;
import it.ccse.anagrafica.validation.application.ValidationQueue;
import it.ccse.anagrafica.web.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** AD-1 detail: the declared data or their differences, the signed file, "Approva" / "Respingi". */
@Named
@ViewScoped
public class ValidationReview implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ValidationQueue queue;
  @Inject private Messages messages;

  private Long id;
  private ValidationDetail detail;
  private String reason;
  private boolean decided;

  public void load() {
    detail = queue.detail(id);
  }

  public void approve() {
    queue.approve(id);
    decided = true;
    messages.info(null, "review.approved");
  }

  public void reject() {
    queue.reject(id, reason);
    decided = true;
    messages.info(null, "review.rejected");
  }

  /** A declared value as staff read it: a legal form of the list by its label, others as typed. */
  public String shown(String field, String value) {
    return "legalForm".equals(field)
        ? LegalForm.of(value).map(f -> messages.text("legalForm." + f)).orElse(value)
        : value;
  }

  public StreamedContent getSignedFile() {
    return DefaultStreamedContent.builder()
        .name(detail.signedFileName())
        .contentType("application/octet-stream")
        .stream(() -> new ByteArrayInputStream(queue.signedCopy(id).content()))
        .build();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public ValidationDetail getDetail() {
    return detail;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public boolean isDecided() {
    return decided;
  }
}
