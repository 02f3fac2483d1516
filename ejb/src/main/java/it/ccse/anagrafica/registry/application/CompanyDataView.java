package it.ccse.anagrafica.registry.application;

import it.ccse.anagrafica.registry.domain.CompanyData;
import it.ccse.anagrafica.registry.domain.CompanyDataSubmission;
import it.ccse.anagrafica.registry.domain.SubmissionStatus;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/** The operator's current round of "Dati societari", as the wizard and the home page show it. */
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

  public static CompanyDataView of(CompanyDataSubmission s) {
    var data = s.getData();
    return new CompanyDataView(
        s.getId(),
        s.getVersion(),
        s.status(),
        data,
        data.missingFields(),
        s.getFormDocumentId(),
        s.getFormIssuedAt(),
        s.getSignedAt(),
        s.getRejectionReason());
  }
}
