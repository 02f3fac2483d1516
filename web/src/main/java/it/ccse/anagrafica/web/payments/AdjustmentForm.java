package it.ccse.anagrafica.web.payments;

import it.ccse.anagrafica.payments.application.AdjustmentViews.AdjustmentDetails;
import it.ccse.anagrafica.payments.application.AdjustmentViews.AdjustmentView;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import it.ccse.anagrafica.shared.domain.Money;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * What "INSERISCI CONGUAGLIO" types (AJ-2): the practice, the reason, a note and the amount due by
 * the user's own calculation, in euros and cents.
 */
public class AdjustmentForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String practiceId;
  private String reasonCode;
  private String note;
  private BigDecimal userDue;

  static AdjustmentForm of(AdjustmentView adjustment) {
    var form = new AdjustmentForm();
    form.practiceId = adjustment.practiceId();
    form.reasonCode = adjustment.reasonCode();
    form.note = adjustment.note();
    form.userDue = adjustment.userDue() == null ? null : adjustment.userDue().amount();
    return form;
  }

  /** The user's due as an amount; one with more than two decimals is refused on its field. */
  Money userDueAmount() {
    return userDue == null
        ? null
        : InvalidFieldException.naming("userDue", () -> Money.ofSigned(userDue));
  }

  AdjustmentDetails details() {
    return new AdjustmentDetails(practiceId, reasonCode, note, userDueAmount());
  }

  public String getPracticeId() {
    return practiceId;
  }

  public void setPracticeId(String practiceId) {
    this.practiceId = practiceId;
  }

  public String getReasonCode() {
    return reasonCode;
  }

  public void setReasonCode(String reasonCode) {
    this.reasonCode = reasonCode;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public BigDecimal getUserDue() {
    return userDue;
  }

  public void setUserDue(BigDecimal userDue) {
    this.userDue = userDue;
  }
}
