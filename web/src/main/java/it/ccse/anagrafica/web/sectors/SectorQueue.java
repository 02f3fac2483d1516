package it.ccse.anagrafica.web.sectors;

import it.ccse.anagrafica.sectors.application.SectorDesk;
import it.ccse.anagrafica.sectors.application.SectorDesk.QueuedSector;
import it.ccse.anagrafica.sectors.domain.SectorState;
import it.ccse.anagrafica.web.shared.PagedRows;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/**
 * AD-1 for sectors: the back office's queue by state (those sent to CCSE first shown), oldest
 * first, paged; a row opens in {@link SectorDeskPage}.
 */
@Named
@ViewScoped
public class SectorQueue implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private SectorDesk desk;

  private SectorState state = SectorState.SUBMITTED;

  private final LazyDataModel<QueuedSector> rows =
      PagedRows.of(
          () -> desk.count(state),
          (first, size) -> desk.page(state, first, size),
          row -> row.sector().id());

  /** The states staff look at: a draft or a saved sector is the company's own. */
  public List<SectorState> getStates() {
    return List.of(SectorState.SUBMITTED, SectorState.VALIDATED, SectorState.REJECTED);
  }

  public LazyDataModel<QueuedSector> getRows() {
    return rows;
  }

  public SectorState getState() {
    return state;
  }

  public void setState(SectorState state) {
    this.state = state == null ? SectorState.SUBMITTED : state;
  }
}
