package it.ccse.anagrafica.validation.application.internal;

import it.ccse.anagrafica.company.domain.CompanyDataSubmission;
import it.ccse.anagrafica.company.domain.CompanyDataSubmissionRepository;
import it.ccse.anagrafica.notifications.application.MailTemplate;
import it.ccse.anagrafica.notifications.application.NotificationService;
import it.ccse.anagrafica.notifications.application.OutboxService;
import it.ccse.anagrafica.shared.application.AuditTrail;
import it.ccse.anagrafica.shared.domain.NotFoundException;
import it.ccse.anagrafica.shared.domain.PlaceNames;
import it.ccse.anagrafica.validation.application.PendingValidation;
import it.ccse.anagrafica.validation.application.SignedCopy;
import it.ccse.anagrafica.validation.application.ValidationDetail;
import it.ccse.anagrafica.validation.application.ValidationQueue;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@Stateless
@RolesAllowed({"BACKOFFICE", "ADMIN"})
public class DefaultValidationQueue implements ValidationQueue {

  @Inject private CompanyDataSubmissionRepository submissions;
  @Inject private PlaceNames places;
  @Inject private Clock clock;
  @EJB private OutboxService outbox;
  @EJB private NotificationService notifications;
  @EJB private AuditTrail audit;
  @Resource private SessionContext session;

  @Inject
  @ConfigProperty(name = "anagrafica.public-url")
  private String publicUrl;

  @Override
  public List<PendingValidation> pending(String nameFilter, int first, int size) {
    return submissions.awaitingReview(nameFilter, first, size).stream()
        .map(
            s ->
                new PendingValidation(
                    s.getId(),
                    s.getData().getRagioneSociale(),
                    s.getCompany().getCodiceFiscale(),
                    s.getFormDocumentId(),
                    s.getSignerCodiceFiscale(),
                    s.getSignedAt(),
                    !s.getCompany().isValidated()))
        .toList();
  }

  @Override
  public long countPending(String nameFilter) {
    return submissions.countAwaitingReview(nameFilter);
  }

  @Override
  public ValidationDetail detail(Long submissionId) {
    var s = get(submissionId);
    return new ValidationDetail(
        s.getId(),
        s.getData().getRagioneSociale(),
        s.getCompany().getCodiceFiscale(),
        s.getFormDocumentId(),
        s.getSignedFileName(),
        s.getSignerCodiceFiscale(),
        s.getSignedAt(),
        !s.getCompany().isValidated(),
        s.forReview().stream().map(d -> d.named(places)).toList());
  }

  @Override
  public SignedCopy signedCopy(Long submissionId) {
    var s = get(submissionId);
    return new SignedCopy(s.getSignedFileName(), s.getSignedFile());
  }

  @Override
  public void approve(Long submissionId) {
    var s = get(submissionId);
    s.approve(reviewer(), LocalDateTime.now(clock));
    tell(s, MailTemplate.COMPANY_DATA_APPROVED, "notification.companyData.approved", null);
  }

  @Override
  public void reject(Long submissionId, String reason) {
    var s = get(submissionId);
    s.reject(reviewer(), reason, LocalDateTime.now(clock));
    tell(
        s,
        MailTemplate.COMPANY_DATA_REJECTED,
        "notification.companyData.rejected",
        s.getRejectionReason());
  }

  /** CD-3: the outcome reaches the operator by e-mail and in the account, with the decision. */
  private void tell(
      CompanyDataSubmission s, MailTemplate template, String titleKey, String reason) {
    var company = s.getCompany();
    String link = publicUrl + "/area/dati-societari.xhtml";
    outbox.enqueue(
        company.getEmail(),
        template,
        Map.of(
            "ragioneSociale",
            company.getRagioneSociale(),
            "reason",
            reason == null ? "" : reason,
            "link",
            link));
    notifications.notifyCompany(company.getId(), titleKey, reason, "/area/dati-societari.xhtml");
    audit.recordFor(
        company.getId(), reviewer(), template.name(), company.getCodiceFiscale(), reason);
  }

  private CompanyDataSubmission get(Long id) {
    return submissions.find(id).orElseThrow(() -> new NotFoundException("validation.notFound"));
  }

  private String reviewer() {
    return session.getCallerPrincipal().getName();
  }
}
