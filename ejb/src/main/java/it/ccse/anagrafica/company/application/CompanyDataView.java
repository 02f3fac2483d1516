package it.ccse.anagrafica.company.application;

import it.ccse.anagrafica.company.domain.CompanyData;
import it.ccse.anagrafica.company.domain.CompanyDataSubmission;
import it.ccse.anagrafica.company.domain.SubmissionStatus;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The operator's current round of "Dati societari", as the wizard and the home page show it. {@code
 * rejectionReason} is CCSE's reason the operator has to answer: the round's own once rejected, or
 * the rejected round's while the next one is being corrected (CD-3, issue 14).
 */
public record CompanyDataView(
    Long submissionId,
    long version,
    SubmissionStatus status,
    CompanyData data,
    List<String> missingFields,
    String formDocumentId,
    LocalDateTime formIssuedAt,
    LocalDateTime signedAt,
    String rejectionReason)
    implements Serializable {

  public static CompanyDataView of(
      CompanyDataSubmission s, Optional<CompanyDataSubmission> previous) {
    var data = s.getData();
    String reason =
        s.status() == SubmissionStatus.REJECTED
            ? s.getRejectionReason()
            : previous
                .filter(p -> s.status().isEditable() && p.status() == SubmissionStatus.REJECTED)
                .map(CompanyDataSubmission::getRejectionReason)
                .orElse(null);
    return new CompanyDataView(
        s.getId(),
        s.getVersion(),
        s.status(),
        data,
        data.missingFields(),
        s.getFormDocumentId(),
        s.getFormIssuedAt(),
        s.getSignedAt(),
        reason);
  }

  /** A draft that answers a rejection still reads "respinta" until its new form is issued. */
  public SubmissionStatus shownStatus() {
    return status == SubmissionStatus.DRAFT && rejectionReason != null
        ? SubmissionStatus.REJECTED
        : status;
  }
}
