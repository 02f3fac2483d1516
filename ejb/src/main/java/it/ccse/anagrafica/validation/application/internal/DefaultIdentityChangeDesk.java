package it.ccse.anagrafica.validation.application.internal;

import it.ccse.anagrafica.company.application.CompanyOutcomes;
import it.ccse.anagrafica.company.application.CompanyOutcomes.Outcome;
import it.ccse.anagrafica.company.application.IdentityRequest;
import it.ccse.anagrafica.company.domain.CompanyRepository;
import it.ccse.anagrafica.company.domain.IdentityChange;
import it.ccse.anagrafica.company.domain.IdentityChangeRepository;
import it.ccse.anagrafica.company.domain.IdentityChangeStatus;
import it.ccse.anagrafica.file.domain.CompanyFileRepository;
import it.ccse.anagrafica.notifications.application.MailTemplate;
import it.ccse.anagrafica.shared.domain.ConflictException;
import it.ccse.anagrafica.shared.domain.NotFoundException;
import it.ccse.anagrafica.validation.application.IdentityChangeDesk;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * AD-1 for MD-3: staff decide on the request locked, one after the other. An approval changes the
 * company and moves its file's version on, so a change set built on the old data is stale; each
 * outcome reaches the company by e-mail and notification, and is audited.
 */
@Stateless
@RolesAllowed({"BACKOFFICE", "ADMIN"})
public class DefaultIdentityChangeDesk implements IdentityChangeDesk {

  static final String FILE_PAGE = "/area/fascicolo.xhtml";

  @Inject private IdentityChangeRepository requests;
  @Inject private CompanyRepository companies;
  @Inject private CompanyFileRepository files;
  @Inject private Clock clock;
  @Inject private CompanyOutcomes outcomes;

  @Inject
  @ConfigProperty(name = "anagrafica.public-url")
  private String publicUrl;

  @Override
  public List<IdentityRequest> page(IdentityChangeStatus status, int first, int size) {
    return requests.inStatus(status, first, size).stream().map(this::view).toList();
  }

  @Override
  public long count(IdentityChangeStatus status) {
    return requests.countInStatus(status);
  }

  @Override
  public IdentityRequest find(String requestId) {
    return view(requests.find(requestId).orElseThrow(DefaultIdentityChangeDesk::unknown));
  }

  @Override
  public IdentityRequest approve(String staff, String requestId, long version) {
    var request = locked(requestId, version);
    var company = companies.get(request.getCompanyId());
    request.approve(company, staff, LocalDateTime.now(clock));
    files.ofCompany(company).ifPresent(files::forceNewVersion);
    return told(staff, request, MailTemplate.IDENTITY_CHANGE_APPROVED);
  }

  @Override
  public IdentityRequest reject(String staff, String requestId, long version, String reason) {
    var request = locked(requestId, version);
    request.reject(reason, staff, LocalDateTime.now(clock));
    return told(staff, request, MailTemplate.IDENTITY_CHANGE_REJECTED);
  }

  private IdentityChange locked(String requestId, long version) {
    var request = requests.findForUpdate(requestId).orElseThrow(DefaultIdentityChangeDesk::unknown);
    if (request.getVersion() != version) {
      throw new ConflictException("identityChange.stateChanged");
    }
    return request;
  }

  private IdentityRequest told(String staff, IdentityChange request, MailTemplate template) {
    requests.flush();
    var view = view(request);
    String reason = request.getRejectionReason() == null ? "" : request.getRejectionReason();
    var values =
        Map.of(
            "ragioneSociale",
            request.getRagioneSociale(),
            "legalRepresentative",
            request.getLegalRepresentative().getName()
                + " "
                + request.getLegalRepresentative().getSurname(),
            "reason",
            reason,
            "link",
            publicUrl + FILE_PAGE);
    outcomes.tell(
        new Outcome(
            request.getCompanyId(),
            request.getRequestedBy(),
            template,
            values,
            reason.isEmpty() ? request.getRagioneSociale() : reason,
            FILE_PAGE,
            staff,
            request.getReportId(),
            request.getRagioneSociale()));
    return view;
  }

  private static NotFoundException unknown() {
    return new NotFoundException("identityChange.unknown");
  }

  private IdentityRequest view(IdentityChange request) {
    return IdentityRequest.of(request, companies.get(request.getCompanyId()));
  }
}
