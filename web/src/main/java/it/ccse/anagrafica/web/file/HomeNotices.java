package it.ccse.anagrafica.web.file;

import it.ccse.anagrafica.categories.domain.obligations.FileNotice;
import it.ccse.anagrafica.company.application.CompanyDataService;
import it.ccse.anagrafica.company.application.CompanyDataView;
import it.ccse.anagrafica.company.application.IdentityRequest;
import it.ccse.anagrafica.company.domain.SubmissionStatus;
import it.ccse.anagrafica.file.application.CompanyFileService;
import it.ccse.anagrafica.file.application.Misalignments;
import it.ccse.anagrafica.reconciliation.application.MisalignmentView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;
import java.util.Optional;

/** What the operator's home page says about the registration and what to do next (CD-1..CD-3). */
@Named
@RequestScoped
public class HomeNotices {

  @EJB private CompanyDataService companyData;
  @EJB private CompanyFileService files;
  @EJB private Misalignments misalignments;
  @Inject private DeviceInUse deviceInUse;
  @Inject private SecurityContext securityContext;

  private SubmissionStatus status;
  private String rejectionReason;
  private List<FileNotice> fileNotices;
  private Long openMisalignments;
  private Optional<IdentityRequest> identityRequest;

  public SubmissionStatus getCompanyDataStatus() {
    if (status == null) {
      String username = securityContext.getCallerPrincipal().getName();
      var view = companyData.current(username);
      // A company validated in the legacy registry may have no round in this portal yet.
      status =
          view.map(CompanyDataView::shownStatus)
              .orElse(
                  companyData.isValidated(username)
                      ? SubmissionStatus.APPROVED
                      : SubmissionStatus.DRAFT);
      rejectionReason = view.map(CompanyDataView::rejectionReason).orElse(null);
    }
    return status;
  }

  /** TH-1, VO-1, AG-1 access-time notices of a validated company's file. */
  public List<FileNotice> getFileNotices() {
    if (fileNotices == null) {
      fileNotices =
          files.notices(securityContext.getCallerPrincipal().getName(), deviceInUse.get());
    }
    return fileNotices;
  }

  /** BR-1: the differences from the Business Register the caller may answer. */
  public long getOpenMisalignments() {
    if (openMisalignments == null) {
      openMisalignments =
          misalignments
              .open(securityContext.getCallerPrincipal().getName(), deviceInUse.get())
              .stream()
              .filter(MisalignmentView::certifiable)
              .count();
    }
    return openMisalignments;
  }

  /**
   * MD-3, AD-1: the new ragione sociale or legal representative waiting for CCSE, or the last one
   * it rejected until another is signed; null when none.
   */
  public IdentityRequest getIdentityRequest() {
    if (identityRequest == null) {
      identityRequest =
          files.identityRequest(securityContext.getCallerPrincipal().getName(), deviceInUse.get());
    }
    return identityRequest.orElse(null);
  }

  public boolean isActionNeeded() {
    var current = getCompanyDataStatus();
    return current != SubmissionStatus.APPROVED && current != SubmissionStatus.SUBMITTED;
  }

  public String getRejectionReason() {
    getCompanyDataStatus();
    return rejectionReason;
  }
}
