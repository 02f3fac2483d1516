package it.ccse.anagrafica.sectors.application.internal;

import it.ccse.anagrafica.company.application.CompanyOutcomes;
import it.ccse.anagrafica.company.application.CompanyOutcomes.Outcome;
import it.ccse.anagrafica.company.domain.CompanyRepository;
import it.ccse.anagrafica.notifications.application.MailTemplate;
import it.ccse.anagrafica.sectors.application.CorporateOperationDesk;
import it.ccse.anagrafica.sectors.domain.CorporateOperation;
import it.ccse.anagrafica.sectors.domain.CorporateOperationRepository;
import it.ccse.anagrafica.sectors.domain.CorporateOperationState;
import it.ccse.anagrafica.shared.domain.ConflictException;
import it.ccse.anagrafica.shared.domain.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * AD-1 for corporate operations: staff act on the operation locked, one after the other; the
 * company is told each outcome by e-mail and notification, and it is audited.
 */
@Stateless
@RolesAllowed({"BACKOFFICE", "ADMIN"})
public class DefaultCorporateOperationDesk implements CorporateOperationDesk {

  @Inject private CorporateOperationRepository operations;
  @Inject private CompanyRepository companies;
  @Inject private Clock clock;
  @Inject private CompanyOutcomes outcomes;

  @Inject
  @ConfigProperty(name = "anagrafica.public-url")
  private String publicUrl;

  @Override
  public List<QueuedOperation> page(CorporateOperationState state, int first, int size) {
    return operations.inState(state, first, size).stream().map(this::queued).toList();
  }

  @Override
  public long count(CorporateOperationState state) {
    return operations.countInState(state);
  }

  @Override
  public QueuedOperation find(String operationId) {
    return queued(sent(operations.find(operationId)));
  }

  @Override
  public QueuedOperation markHandled(String staff, String operationId, long version) {
    var operation = locked(operationId, version);
    operation.markHandled(staff, LocalDateTime.now(clock));
    return told(staff, operation, MailTemplate.CORPORATE_OPERATION_HANDLED);
  }

  @Override
  public QueuedOperation requestMore(
      String staff, String operationId, long version, String reason) {
    var operation = locked(operationId, version);
    operation.requestMore(reason, staff, LocalDateTime.now(clock));
    return told(staff, operation, MailTemplate.CORPORATE_OPERATION_MORE_REQUESTED);
  }

  private CorporateOperation locked(String operationId, long version) {
    var operation = sent(operations.findForUpdate(operationId));
    if (operation.getVersion() != version) {
      throw new ConflictException("corporateOperation.stateChanged");
    }
    return operation;
  }

  /** Staff see only what a company sent them: a draft is its own. */
  private static CorporateOperation sent(Optional<CorporateOperation> operation) {
    return operation
        .filter(o -> o.getState().isSentToCcse())
        .orElseThrow(() -> new NotFoundException(DefaultCorporateOperations.UNKNOWN));
  }

  private QueuedOperation told(String staff, CorporateOperation operation, MailTemplate template) {
    operations.flush();
    var queued = queued(operation);
    String kind = operation.getKind().label();
    String reason = operation.getStaffMessage() == null ? "" : operation.getStaffMessage();
    var values =
        Map.of(
            "operation",
            kind,
            "ragioneSociale",
            queued.companyName(),
            "reason",
            reason,
            "link",
            publicUrl + DefaultCorporateOperations.OPERATIONS_PAGE);
    outcomes.tell(
        new Outcome(
            operation.getCompanyId(),
            operation.getCreatedBy(),
            template,
            values,
            reason.isEmpty() ? kind : reason,
            DefaultCorporateOperations.OPERATIONS_PAGE,
            staff,
            operation.getPublicId(),
            kind));
    return queued;
  }

  private QueuedOperation queued(CorporateOperation operation) {
    var company = companies.get(operation.getCompanyId());
    return new QueuedOperation(
        company.getRagioneSociale(),
        company.getCodiceFiscale(),
        OperationViewMapper.view(operation));
  }
}
