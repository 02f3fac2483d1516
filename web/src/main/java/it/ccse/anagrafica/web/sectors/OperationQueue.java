package it.ccse.anagrafica.web.sectors;

import it.ccse.anagrafica.sectors.application.CorporateOperationDesk;
import it.ccse.anagrafica.sectors.application.CorporateOperationDesk.QueuedOperation;
import it.ccse.anagrafica.sectors.domain.CorporateOperationState;
import it.ccse.anagrafica.web.shared.PagedRows;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/**
 * AD-1 for corporate operations: the back office's queue by state (those sent to CCSE first shown),
 * the oldest sent first, paged; a row opens in {@link OperationDeskPage}.
 */
@Named
@ViewScoped
public class OperationQueue implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private CorporateOperationDesk desk;

  private CorporateOperationState state = CorporateOperationState.SENT;

  private final LazyDataModel<QueuedOperation> rows =
      PagedRows.of(
          () -> desk.count(state),
          (first, size) -> desk.page(state, first, size),
          row -> row.operation().id());

  /** The states staff look at: a draft is the company's own. */
  public List<CorporateOperationState> getStates() {
    return List.of(
        CorporateOperationState.SENT,
        CorporateOperationState.MORE_REQUESTED,
        CorporateOperationState.HANDLED);
  }

  public LazyDataModel<QueuedOperation> getRows() {
    return rows;
  }

  public CorporateOperationState getState() {
    return state;
  }

  public void setState(CorporateOperationState state) {
    this.state = state == null ? CorporateOperationState.SENT : state;
  }
}
