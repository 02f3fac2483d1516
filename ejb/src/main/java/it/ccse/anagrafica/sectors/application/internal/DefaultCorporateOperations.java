package it.ccse.anagrafica.sectors.application.internal;

import it.ccse.anagrafica.company.application.CompanyRecipients;
import it.ccse.anagrafica.company.domain.Company;
import it.ccse.anagrafica.company.domain.CompanyRepository;
import it.ccse.anagrafica.documents.application.Attachments;
import it.ccse.anagrafica.documents.application.TemplateRenderer;
import it.ccse.anagrafica.documents.domain.AttachmentUse;
import it.ccse.anagrafica.notifications.application.MailTemplate;
import it.ccse.anagrafica.notifications.application.OutboxService;
import it.ccse.anagrafica.notifications.domain.OutboxAttachment;
import it.ccse.anagrafica.sectors.application.CorporateOperations;
import it.ccse.anagrafica.sectors.application.OperationViews.OperationView;
import it.ccse.anagrafica.sectors.application.OperationViews.TemplateFile;
import it.ccse.anagrafica.sectors.application.OperationViews.TemplateFormat;
import it.ccse.anagrafica.sectors.application.internal.SectorAccess.Caller;
import it.ccse.anagrafica.sectors.domain.CompanyParticulars;
import it.ccse.anagrafica.sectors.domain.CorporateOperation;
import it.ccse.anagrafica.sectors.domain.CorporateOperationRepository;
import it.ccse.anagrafica.sectors.domain.CorporateOperationState;
import it.ccse.anagrafica.sectors.domain.OperationDocument;
import it.ccse.anagrafica.sectors.domain.OperationFile;
import it.ccse.anagrafica.sectors.domain.OperationKind;
import it.ccse.anagrafica.sectors.domain.OperationTemplates;
import it.ccse.anagrafica.shared.application.AuditTrail;
import it.ccse.anagrafica.shared.domain.Address;
import it.ccse.anagrafica.shared.domain.ConflictException;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import it.ccse.anagrafica.shared.domain.NotFoundException;
import it.ccse.anagrafica.shared.domain.PlaceNames;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * "Operazioni Societarie" (OP-1, OP-2): load, ask the operation, store; "Invia i file via mail"
 * queues CCSE's e-mail with both files and the company's receipt in the same transaction.
 */
@Stateless
public class DefaultCorporateOperations implements CorporateOperations {

  static final String UNKNOWN = "corporateOperation.unknown";
  static final String OPERATIONS_PAGE = "/area/settori/operazioni.xhtml";
  static final String DESK_PAGE = "/backoffice/operazioni.xhtml";

  @Inject private SectorAccess access;
  @Inject private CorporateOperationRepository operations;
  @Inject private CompanyRepository companies;
  @Inject private PlaceNames places;
  @Inject private TemplateRenderer renderer;
  @Inject private CompanyRecipients recipients;
  @Inject private Clock clock;
  @EJB private Attachments attachments;
  @EJB private OutboxService outbox;
  @EJB private AuditTrail audit;

  @Inject
  @ConfigProperty(name = "anagrafica.ccse.mailbox")
  private String ccseMailbox;

  @Inject
  @ConfigProperty(name = "anagrafica.public-url")
  private String publicUrl;

  @Override
  public boolean isAvailable(String username, String device) {
    return access.isAvailable(username, device);
  }

  @Override
  public List<OperationView> list(String username, String device) {
    var caller = access.resolve(username, device);
    return operations.ofCompany(caller.companyId()).stream()
        .map(OperationViewMapper::view)
        .toList();
  }

  @Override
  public OperationView find(String username, String device, String operationId) {
    var caller = access.resolve(username, device);
    return OperationViewMapper.view(operation(caller, operationId));
  }

  @Override
  public TemplateFile template(
      String username, String device, OperationKind kind, TemplateFormat format) {
    var caller = access.resolve(username, device);
    var template =
        OperationTemplates.of(required(kind), particulars(companies.get(caller.companyId())));
    var chosen = format == null ? TemplateFormat.PDF : format;
    byte[] bytes = chosen == TemplateFormat.DOCX ? renderer.docx(template) : renderer.pdf(template);
    return new TemplateFile(
        template.fileName() + "." + chosen.extension(), chosen.mediaType(), bytes);
  }

  @Override
  public OperationView create(String username, String device, OperationKind kind) {
    var caller = access.changing(username, device);
    var operation =
        CorporateOperation.draft(caller.companyId(), required(kind), caller.username(), now());
    operations.store(operation);
    return OperationViewMapper.view(operation);
  }

  @Override
  public void discard(String username, String device, String operationId) {
    var caller = access.changing(username, device);
    var operation = operation(caller, operationId);
    if (operation.getState() != CorporateOperationState.DRAFT) {
      throw new NotFoundException(UNKNOWN);
    }
    var files = operation.files();
    operations.remove(operation);
    operations.flush();
    files.forEach(f -> attachments.discard(caller.companyId(), f.attachmentId()));
  }

  @Override
  public OperationView attach(
      String username,
      String device,
      String operationId,
      OperationDocument document,
      String fileName,
      InputStream content) {
    var caller = access.changing(username, device);
    var operation = operation(caller, operationId);
    // An operation that refuses it below rolls the stored attachment back with it.
    var stored =
        attachments.store(
            caller.companyId(), AttachmentUse.CORPORATE_OPERATION, fileName, content, username);
    var former =
        operation.attach(
            document,
            new OperationFile(
                stored.publicId(), stored.fileName(), stored.sizeBytes(), stored.sha256()));
    operations.flush();
    former.ifPresent(f -> attachments.discard(caller.companyId(), f.attachmentId()));
    return OperationViewMapper.view(operation);
  }

  @Override
  public OperationView remove(
      String username,
      String device,
      String operationId,
      long version,
      OperationDocument document) {
    var caller = access.changing(username, device);
    var operation = operation(caller, operationId, version);
    var former = operation.remove(document);
    operations.flush();
    former.ifPresent(f -> attachments.discard(caller.companyId(), f.attachmentId()));
    return OperationViewMapper.view(operation);
  }

  @Override
  public OperationView send(String username, String device, String operationId, long version) {
    var caller = access.changing(username, device);
    var operation = operation(caller, operationId, version);
    operation.send(caller.username(), now());
    operations.flush();
    var company = companies.get(caller.companyId());
    var values = new HashMap<String, String>();
    values.put("ragioneSociale", company.getRagioneSociale());
    values.put("codiceFiscale", company.getCodiceFiscale());
    values.put("partitaIva", nonNull(company.getPartitaIva()));
    values.put("operation", operation.getKind().label());
    values.put("files", OperationViewMapper.fileLines(operation));
    values.put("sentBy", caller.username());
    values.put("link", publicUrl + DESK_PAGE);
    outbox.enqueue(
        ccseMailbox,
        MailTemplate.CORPORATE_OPERATION_SENT,
        values,
        operation.files().stream()
            .map(f -> new OutboxAttachment(caller.companyId(), f.attachmentId()))
            .toList());
    var receipt = new HashMap<>(values);
    receipt.put("link", publicUrl + OPERATIONS_PAGE);
    recipients
        .of(caller.companyId(), caller.username())
        .forEach(e -> outbox.enqueue(e, MailTemplate.CORPORATE_OPERATION_RECEIVED, receipt));
    audit.recordFor(
        caller.companyId(),
        caller.username(),
        MailTemplate.CORPORATE_OPERATION_SENT.name(),
        operation.getPublicId(),
        operation.getKind().name());
    return OperationViewMapper.view(operation);
  }

  private CorporateOperation operation(Caller caller, String operationId) {
    return operations
        .find(caller.companyId(), operationId)
        .orElseThrow(() -> new NotFoundException(UNKNOWN));
  }

  /** An operation as the caller last saw it; one changed meanwhile is refused. */
  private CorporateOperation operation(Caller caller, String operationId, long version) {
    var operation = operation(caller, operationId);
    if (operation.getVersion() != version) {
      throw new ConflictException("corporateOperation.stateChanged");
    }
    return operation;
  }

  private static OperationKind required(OperationKind kind) {
    if (kind == null) {
      throw new InvalidFieldException("kind", "corporateOperation.kind.required");
    }
    return kind;
  }

  /** What the template is filled with: the company's data as they are now. */
  private CompanyParticulars particulars(Company company) {
    var office = company.registeredOffice().map(site -> line(site.getAddress())).orElse("");
    var legal = company.getLegalRepresentative();
    return new CompanyParticulars(
        company.getRagioneSociale(),
        company.getCodiceFiscale(),
        company.getPartitaIva(),
        office,
        legal == null ? "" : (nonNull(legal.getName()) + " " + nonNull(legal.getSurname())),
        legal == null ? "" : legal.getCodiceFiscale());
  }

  private String line(Address a) {
    return Address.line(
        a.street(),
        a.streetNumber(),
        a.capCode(),
        places.comuneName(a.comuneIstatCode()).orElse(a.comuneIstatCode()),
        a.provinceCode());
  }

  private static String nonNull(String value) {
    return value == null ? "" : value;
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
