package it.ccse.anagrafica.web.payments;

import it.ccse.anagrafica.payments.application.AdjustmentViews.AdjustmentView;
import it.ccse.anagrafica.payments.application.AdjustmentViews.Overview;
import it.ccse.anagrafica.payments.application.Adjustments;
import it.ccse.anagrafica.web.accounts.CurrentUser;
import it.ccse.anagrafica.web.file.DeviceInUse;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * "Conguagli" (AJ-1), reached by "VAI AI CONGUAGLI": the requests with what was paid, what is due,
 * the adjustment and its residual, UTILIZZA CONGUAGLIO where something is left, the history of
 * operations, the caller's drafts, and "INSERISCI CONGUAGLIO", which opens a new draft.
 */
@Named
@ViewScoped
public class AdjustmentListPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Adjustments adjustments;
  @Inject private CurrentUser user;
  @Inject private DeviceInUse deviceInUse;

  private Overview overview;
  private List<AdjustmentView> drafts;

  /** f:viewAction. */
  public void load() {
    overview = adjustments.overview(user.username(), deviceInUse.get());
    drafts = adjustments.drafts(user.username(), deviceInUse.get());
  }

  /** INSERISCI CONGUAGLIO: a new draft, opened. */
  public String create() {
    var draft = adjustments.create(user.username(), deviceInUse.get());
    return "/area/pagamenti/conguaglio?faces-redirect=true&id=" + draft.id();
  }

  public Overview getOverview() {
    return overview;
  }

  public List<AdjustmentView> getDrafts() {
    return drafts;
  }
}
