package it.ccse.anagrafica.web.file;

import it.ccse.anagrafica.company.domain.FileProblem;
import it.ccse.anagrafica.file.application.CompanyFileChanges;
import it.ccse.anagrafica.file.application.CompanyFileReports;
import it.ccse.anagrafica.file.application.CompanyFileSigning;
import it.ccse.anagrafica.file.application.FileViews.ChangeSummary;
import it.ccse.anagrafica.file.application.FileViews.ReportEntry;
import it.ccse.anagrafica.file.domain.changes.DeclareNewProducer;
import it.ccse.anagrafica.file.domain.changes.Operation;
import it.ccse.anagrafica.file.domain.changes.Question;
import it.ccse.anagrafica.file.domain.changes.ReaffirmEmployees;
import it.ccse.anagrafica.web.accounts.CurrentUser;
import it.ccse.anagrafica.web.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.StreamedContent;

/** MD-9 "Riepilogo": every pending operation (old → new), costs, "Indietro", "Firma" with PIN. */
@Named
@ViewScoped
public class ChangeSummaryPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private CompanyFileChanges changes;
  @EJB private CompanyFileSigning signing;
  @EJB private CompanyFileReports reports;
  @Inject private CurrentUser user;
  @Inject private DeviceInUse deviceInUse;
  @Inject private Messages messages;

  private ChangeSummary summary;
  private String pin;
  private ReportEntry signed;

  /** f:viewAction. */
  public void load() {
    summary = changes.summary(user.username(), deviceInUse.get());
  }

  public void undo(int index) {
    changes.undo(user.username(), deviceInUse.get(), index);
    load();
  }

  public void discard() {
    changes.discard(user.username(), deviceInUse.get());
    load();
    messages.info(null, "summary.discarded");
  }

  /** NP-1 "nuovo produttore?" SI/NO: the answer joins the set and the signed report. */
  public void answerNewProducer(String site, boolean newProducer) {
    answer(new DeclareNewProducer(site, newProducer));
  }

  /** TH-2: the declaration "non più di 10 dipendenti" renewed before "Firma". */
  public void reaffirmEmployees() {
    answer(new ReaffirmEmployees());
  }

  private void answer(Operation operation) {
    changes.change(user.username(), deviceInUse.get(), operation);
    load();
  }

  public List<Question.NewProducer> getNewProducerQuestions() {
    return summary.questions().stream()
        .filter(Question.NewProducer.class::isInstance)
        .map(Question.NewProducer.class::cast)
        .toList();
  }

  public boolean isEmployeesLowered() {
    return summary.questions().stream().anyMatch(Question.EmployeesLowered.class::isInstance);
  }

  public void sign() {
    char[] secret = pin == null ? new char[0] : pin.toCharArray();
    pin = null;
    signed = signing.sign(user.username(), deviceInUse.get(), secret);
    load();
    messages.info(null, "summary.signed", signed.reportId());
  }

  public StreamedContent getReport() {
    return CompanyFilePage.pdf(
        signed.reportId() + ".pdf",
        reports.report(user.username(), deviceInUse.get(), signed.reportId()));
  }

  public String problem(FileProblem problem) {
    return messages.text(problem.messageKey(), problem.arguments().toArray());
  }

  public String action(String key) {
    return messages.text(key);
  }

  public ChangeSummary getSummary() {
    return summary;
  }

  public ReportEntry getSigned() {
    return signed;
  }

  public String getPin() {
    return pin;
  }

  public void setPin(String pin) {
    this.pin = pin;
  }
}
