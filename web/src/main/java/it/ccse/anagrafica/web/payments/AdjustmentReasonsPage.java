package it.ccse.anagrafica.web.payments;

import it.ccse.anagrafica.payments.application.AdjustmentReasons;
import it.ccse.anagrafica.payments.application.AdjustmentViews.ReasonView;
import it.ccse.anagrafica.web.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Back office: "Motivazione della richiesta" of the adjustments (AJ-2, AD-3). One form adds a
 * reason or, once MODIFICA chose one, renames it; a reason is deactivated, never deleted.
 */
@Named
@ViewScoped
public class AdjustmentReasonsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AdjustmentReasons reasons;
  @Inject private Messages messages;

  private List<ReasonView> list;
  private ReasonView editing;
  private String code;
  private String label;

  /** f:viewAction. */
  public void load() {
    list = reasons.all();
  }

  public void edit(ReasonView reason) {
    editing = reason;
    code = reason.code();
    label = reason.label();
  }

  /** SALVA: a new reason, or the new wording of the one chosen. */
  public void save() {
    var saved =
        editing == null
            ? reasons.add(code, label)
            : reasons.rename(editing.code(), label, editing.version());
    messages.info(null, "adjustmentReasons.saved", saved.label());
    clear();
  }

  public void clear() {
    editing = null;
    code = null;
    label = null;
    load();
  }

  /** ATTIVA or DISATTIVA, with the version shown. */
  public void toggle(ReasonView reason) {
    var changed =
        reason.active()
            ? reasons.deactivate(reason.code(), reason.version())
            : reasons.activate(reason.code(), reason.version());
    messages.info(
        null,
        changed.active() ? "adjustmentReasons.activated" : "adjustmentReasons.deactivated",
        changed.label());
    load();
  }

  public List<ReasonView> getList() {
    return list;
  }

  /** Renaming: the code stays. */
  public boolean isEditing() {
    return editing != null;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }
}
