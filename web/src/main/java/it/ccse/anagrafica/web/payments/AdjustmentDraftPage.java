package it.ccse.anagrafica.web.payments;

import it.ccse.anagrafica.payments.application.AdjustmentReasons;
import it.ccse.anagrafica.payments.application.AdjustmentViews.AdjustmentView;
import it.ccse.anagrafica.payments.application.AdjustmentViews.PaidPractice;
import it.ccse.anagrafica.payments.application.AdjustmentViews.ReasonView;
import it.ccse.anagrafica.payments.application.Adjustments;
import it.ccse.anagrafica.payments.domain.AdjustmentFigures;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import it.ccse.anagrafica.shared.domain.Money;
import it.ccse.anagrafica.web.accounts.CurrentUser;
import it.ccse.anagrafica.web.file.DeviceInUse;
import it.ccse.anagrafica.web.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/**
 * "INSERISCI CONGUAGLIO" (AJ-2), {@code conguaglio.xhtml?id=}: the request's fields with the
 * practice's figures and the adjustment as typed, SALVA into the riepilogo, FIRMA with the PIN. A
 * signed request shows its riepilogo. Every change carries the version shown.
 */
@Named
@ViewScoped
public class AdjustmentDraftPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Adjustments adjustments;
  @EJB private AdjustmentReasons reasons;
  @Inject private CurrentUser user;
  @Inject private DeviceInUse deviceInUse;
  @Inject private Messages messages;

  private String id;
  private AdjustmentView adjustment;
  private AdjustmentForm form = new AdjustmentForm();
  private List<PaidPractice> practices = List.of();
  private List<ReasonView> reasonList = List.of();
  private Money amount;
  private boolean summary;
  private String pin;

  /** f:viewAction, with f:viewParam id (an unknown or another company's id: a message). */
  public void load() {
    show(adjustments.find(user.username(), deviceInUse.get(), id));
    form = AdjustmentForm.of(adjustment);
    amount = adjustment.amount();
  }

  /** "Importo conguaglio (*)" as typed (ajax): the domain's difference, before SALVA checks it. */
  public void recompute() {
    var practice = getPractice();
    var userDue = form.userDueAmount();
    amount =
        practice == null || userDue == null
            ? null
            : new AdjustmentFigures(practice.totalPaid(), practice.systemDue(), userDue).amount();
  }

  /** SALVA, then the riepilogo. */
  public void save() {
    show(
        adjustments.save(
            user.username(), deviceInUse.get(), id, adjustment.version(), form.details()));
    summary = true;
    messages.info(null, "adjustment.saved");
  }

  /** The optional attachment, stored as soon as chosen; a refusal is shown on the upload field. */
  public void upload(FileUploadEvent event) {
    var file = event.getFile();
    show(
        InvalidFieldException.naming(
            "attachment",
            () -> {
              try (var content = file.getInputStream()) {
                return adjustments.attach(
                    user.username(), deviceInUse.get(), id, file.getFileName(), content);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            }));
  }

  public void removeAttachment() {
    show(
        adjustments.removeAttachment(user.username(), deviceInUse.get(), id, adjustment.version()));
  }

  public void edit() {
    summary = false;
  }

  /** FIRMA with the PIN. */
  public void sign() {
    char[] secret = pin == null ? new char[0] : pin.toCharArray();
    pin = null;
    show(adjustments.sign(user.username(), deviceInUse.get(), id, adjustment.version(), secret));
    summary = false;
    messages.info(null, "adjustment.signed");
  }

  /** Drops the draft and its attachment. */
  public String discard() {
    adjustments.discard(user.username(), deviceInUse.get(), id);
    messages.info(null, "adjustment.discarded");
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "/area/pagamenti/conguagli?faces-redirect=true";
  }

  private void show(AdjustmentView changed) {
    adjustment = changed;
    practices =
        changed.isDraft()
            ? adjustments.paidPractices(user.username(), deviceInUse.get())
            : List.of();
    reasonList = changed.isDraft() ? reasons.active() : List.of();
  }

  /** The practice chosen, with its figures; null before a choice. */
  public PaidPractice getPractice() {
    return practices.stream()
        .filter(p -> p.practiceId().equals(form.getPracticeId()))
        .findFirst()
        .orElse(null);
  }

  public boolean isEditing() {
    return adjustment != null && adjustment.isDraft() && !summary;
  }

  public boolean isSummaryShown() {
    return adjustment != null && (summary || !adjustment.isDraft());
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public AdjustmentView getAdjustment() {
    return adjustment;
  }

  public AdjustmentForm getForm() {
    return form;
  }

  public List<PaidPractice> getPractices() {
    return practices;
  }

  public List<ReasonView> getReasons() {
    return reasonList;
  }

  /** "Importo conguaglio (*)" as last computed; null until the practice and the due are known. */
  public Money getAmount() {
    return amount;
  }

  public String getPin() {
    return pin;
  }

  public void setPin(String pin) {
    this.pin = pin;
  }
}
