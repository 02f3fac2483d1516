package it.ccse.anagrafica.web.practices;

import it.ccse.anagrafica.practices.application.PracticeRequests;
import it.ccse.anagrafica.practices.application.PracticeViews.PracticeView;
import it.ccse.anagrafica.web.accounts.CurrentUser;
import it.ccse.anagrafica.web.file.DeviceInUse;
import it.ccse.anagrafica.web.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.StreamedContent;

/**
 * A practice of "Richieste" (RQ-1..RQ-3), {@code pratica.xhtml?id=}: the draft's details, SALVA,
 * "Riepilogo", FIRMA with the PIN, then the sealed PDF report; ANNULLA discards a draft. The
 * documents are {@link PracticeDocuments}'. Every change carries the version shown.
 */
@Named
@ViewScoped
public class PracticeDraftPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private PracticeRequests requests;
  @Inject private CurrentUser user;
  @Inject private DeviceInUse deviceInUse;
  @Inject private Messages messages;

  private String id;
  private PracticeView practice;
  private PracticeDetailsForm form = new PracticeDetailsForm();
  private boolean summary;
  private String pin;

  /** f:viewAction, with f:viewParam id (an unknown or another company's id: a message). */
  public void load() {
    practice = requests.find(user.username(), deviceInUse.get(), id);
    form = PracticeDetailsForm.of(practice);
  }

  /** SALVA: what was typed, with the version shown. */
  public void save() {
    practice =
        requests.save(user.username(), deviceInUse.get(), id, practice.version(), form.details());
    form = PracticeDetailsForm.of(practice);
    messages.info(null, "practice.saved");
  }

  /** "Riepilogo": saves what was typed, then shows the practice as it will be signed. */
  public void summary() {
    save();
    summary = true;
  }

  /** Back from the summary to the form. */
  public void edit() {
    summary = false;
  }

  /** FIRMA with the PIN: presented, numbered, its cost frozen, its report sealed. */
  public void sign() {
    char[] secret = pin == null ? new char[0] : pin.toCharArray();
    pin = null;
    practice = requests.sign(user.username(), deviceInUse.get(), id, practice.version(), secret);
    summary = false;
    messages.info(null, "practice.signed", practice.number());
  }

  /** ANNULLA on a draft: it and its attachments are dropped. */
  public String discard() {
    requests.discard(user.username(), deviceInUse.get(), id);
    messages.info(null, "practice.discarded");
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "/area/richieste/index?faces-redirect=true";
  }

  public StreamedContent getReport() {
    return PracticeDisplay.pdf(requests.report(user.username(), deviceInUse.get(), id));
  }

  /** The practice after an attachment was added or removed; what was typed stays. */
  public void show(PracticeView changed) {
    practice = changed;
  }

  /** The draft's form is open: neither the summary nor a presented practice. */
  public boolean isEditing() {
    return practice != null && practice.isDraft() && !summary;
  }

  /** The read-only summary: before FIRMA, and for a presented practice. */
  public boolean isSummaryShown() {
    return practice != null && (summary || !practice.isDraft());
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public PracticeView getPractice() {
    return practice;
  }

  public PracticeDetailsForm getForm() {
    return form;
  }

  public String getPin() {
    return pin;
  }

  public void setPin(String pin) {
    this.pin = pin;
  }
}
