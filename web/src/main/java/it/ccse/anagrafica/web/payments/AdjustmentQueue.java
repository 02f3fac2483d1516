package it.ccse.anagrafica.web.payments;

import it.ccse.anagrafica.payments.application.AdjustmentDesk;
import it.ccse.anagrafica.payments.application.AdjustmentViews.AdjustmentView;
import it.ccse.anagrafica.payments.domain.AdjustmentState;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

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
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) desk.count(state);
        }

        @Override
        public List<AdjustmentView> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          return desk.page(state, first, pageSize);
        }

        @Override
        public String getRowKey(AdjustmentView row) {
          return row.id();
        }
      };

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
