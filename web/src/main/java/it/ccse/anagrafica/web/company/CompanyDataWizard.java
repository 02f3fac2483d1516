package it.ccse.anagrafica.web.company;

import it.ccse.anagrafica.company.application.CompanyDataService;
import it.ccse.anagrafica.company.application.CompanyDataView;
import it.ccse.anagrafica.company.domain.CompanyData;
import it.ccse.anagrafica.company.domain.LegalForm;
import it.ccse.anagrafica.company.domain.SubmissionStatus;
import it.ccse.anagrafica.web.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.event.FlowEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * "Dati societari" (CD-1, CD-2): a wizard whose "salva e continua" saves the draft of each step,
 * then the registration form to download, sign outside the portal and upload.
 */
@Named
@ViewScoped
public class CompanyDataWizard implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private CompanyDataService service;
  @Inject private SecurityContext securityContext;
  @Inject private Messages messages;

  private CompanyDataView view;
  private CompanyData data;

  /** f:viewAction: the current round, drafts included, survives logout. */
  public void load() {
    show(service.open(username()));
  }

  /** Each "salva e continua" saves what was typed; a broken rule keeps the user on the step. */
  public String onFlowProcess(FlowEvent event) {
    if (isEditable()) {
      show(service.save(username(), data, view.version()));
      warnOfMissing(event.getOldStep());
    }
    return event.getNewStep();
  }

  public void issueForm() {
    show(service.save(username(), data, view.version()));
    show(service.issueForm(username()));
    messages.info(null, "companyData.formIssued", view.formDocumentId());
  }

  public StreamedContent getForm() {
    return DefaultStreamedContent.builder()
        .name(view.formDocumentId() + ".pdf")
        .contentType("application/pdf")
        .stream(() -> new ByteArrayInputStream(service.formPdf(username())))
        .build();
  }

  public void upload(FileUploadEvent event) throws IOException {
    var file = event.getFile();
    show(service.uploadSignedCopy(username(), file.getFileName(), file.getContent()));
    messages.info(null, "companyData.submitted");
  }

  /** A draft may stay incomplete, but saying nothing would let a datum go missing unseen. */
  private void warnOfMissing(String step) {
    String names =
        getMissing().stream()
            .filter(m -> m.step().equals(step))
            .map(m -> messages.label("field." + m.field()))
            .collect(Collectors.joining(", "));
    if (!names.isEmpty()) {
      messages.warn(null, "companyData.stepIncomplete", names);
    }
  }

  /** What "Genera il modulo" still needs, each with its step (issue 14, defect 10). */
  public List<WizardSteps.Missing> getMissing() {
    return WizardSteps.missing(view.missingFields());
  }

  public LegalForm[] getLegalForms() {
    return LegalForm.values();
  }

  public boolean isEditable() {
    return view.status().isEditable();
  }

  public boolean isAwaitingSignature() {
    return view.status() == SubmissionStatus.AWAITING_SIGNATURE;
  }

  private void show(CompanyDataView view) {
    this.view = view;
    this.data = view.data();
  }

  private String username() {
    return securityContext.getCallerPrincipal().getName();
  }

  public CompanyDataView getView() {
    return view;
  }

  public CompanyData getData() {
    return data;
  }
}
