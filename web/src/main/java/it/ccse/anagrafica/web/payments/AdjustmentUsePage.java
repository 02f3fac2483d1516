package it.ccse.anagrafica.web.payments;

import it.ccse.anagrafica.payments.application.AdjustmentViews.AdjustmentView;
import it.ccse.anagrafica.payments.application.Adjustments;
import it.ccse.anagrafica.payments.application.PaymentViews.PracticeDue;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import it.ccse.anagrafica.shared.domain.Money;
import it.ccse.anagrafica.web.accounts.CurrentUser;
import it.ccse.anagrafica.web.file.DeviceInUse;
import it.ccse.anagrafica.web.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * "UTILIZZA CONGUAGLIO" (AJ-3), {@code utilizza-conguaglio.xhtml?id=}: the residual, an annual
 * renewal and an amount, "ASSOCIA CONGUAGLIO", SALVA into the riepilogo, FIRMA with the PIN.
 */
@Named
@ViewScoped
public class AdjustmentUsePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Adjustments adjustments;
  @Inject private CurrentUser user;
  @Inject private DeviceInUse deviceInUse;
  @Inject private Messages messages;

  private String id;
  private AdjustmentView adjustment;
  private List<PracticeDue> renewals = List.of();
  private String practiceId;
  private BigDecimal amount;
  private boolean summary;
  private String pin;

  /** f:viewAction, with f:viewParam id. */
  public void load() {
    show(adjustments.find(user.username(), deviceInUse.get(), id));
  }

  /** ASSOCIA CONGUAGLIO: the caller's pending use, shown below. */
  public void associate() {
    Money typed =
        amount == null ? null : InvalidFieldException.naming("useAmount", () -> Money.of(amount));
    show(adjustments.use(user.username(), deviceInUse.get(), id, practiceId, typed));
    practiceId = null;
    amount = null;
  }

  public void withdraw() {
    show(adjustments.withdrawUse(user.username(), deviceInUse.get(), id));
  }

  /** SALVA: the use associated is kept; the riepilogo asks for the PIN. */
  public void save() {
    summary = true;
    messages.info(null, "adjustment.useSaved");
  }

  public void edit() {
    summary = false;
  }

  /** FIRMA with the PIN. */
  public void sign() {
    char[] secret = pin == null ? new char[0] : pin.toCharArray();
    pin = null;
    show(adjustments.signUse(user.username(), deviceInUse.get(), id, secret));
    summary = false;
    messages.info(null, "adjustment.useSigned");
  }

  private void show(AdjustmentView changed) {
    adjustment = changed;
    renewals = adjustments.renewals(user.username(), deviceInUse.get());
  }

  public boolean isSummaryShown() {
    return summary && adjustment.pendingUse() != null;
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

  /** The annual renewals with something still to pay. */
  public List<PracticeDue> getRenewals() {
    return renewals;
  }

  public String getPracticeId() {
    return practiceId;
  }

  public void setPracticeId(String practiceId) {
    this.practiceId = practiceId;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public String getPin() {
    return pin;
  }

  public void setPin(String pin) {
    this.pin = pin;
  }
}
