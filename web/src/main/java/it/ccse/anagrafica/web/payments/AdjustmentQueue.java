package it.ccse.anagrafica.web.payments;

import it.ccse.anagrafica.payments.application.AdjustmentDesk;
import it.ccse.anagrafica.payments.application.AdjustmentViews.AdjustmentView;
import it.ccse.anagrafica.payments.domain.AdjustmentState;
import it.ccse.anagrafica.web.shared.PagedRows;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/**
 * AD-3: the back office's requests for adjustments by state (those to decide first shown), oldest
 * signature first, paged; a row opens in {@link AdjustmentDeskPage}.
 */
@Named
@ViewScoped
public class AdjustmentQueue implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AdjustmentDesk desk;

  private AdjustmentState state = AdjustmentState.SUBMITTED;

  private final LazyDataModel<AdjustmentView> rows =
      PagedRows.of(
          () -> desk.count(state), (first, size) -> desk.page(state, first, size), row -> row.id());

  /** The states staff look at: a draft is its author's alone. */
  public List<AdjustmentState> getStates() {
    return List.of(AdjustmentState.SUBMITTED, AdjustmentState.APPROVED, AdjustmentState.REJECTED);
  }

  public LazyDataModel<AdjustmentView> getRows() {
    return rows;
  }

  public AdjustmentState getState() {
    return state;
  }

  public void setState(AdjustmentState state) {
    this.state = state == null ? AdjustmentState.SUBMITTED : state;
  }
}
