package it.ccse.anagrafica.web.practices;

import it.ccse.anagrafica.practices.application.PracticeDesk;
import it.ccse.anagrafica.practices.application.PracticeViews.PracticeRow;
import it.ccse.anagrafica.practices.domain.PracticeState;
import it.ccse.anagrafica.web.shared.PagedRows;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

/**
 * AD-2: the back office's queue of practices by state (the presented ones first shown) and type,
 * paged; a row opens in {@link PracticeDeskPage}.
 */
@Named
@ViewScoped
public class PracticeQueue implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private PracticeDesk desk;

  private final PracticeFilters filters = new PracticeFilters(PracticeState.SUBMITTED);

  private final LazyDataModel<PracticeRow> rows =
      PagedRows.of(
          () -> desk.count(filters.filter()),
          (first, size) -> desk.page(filters.filter(), first, size),
          PracticeRow::publicId);

  public LazyDataModel<PracticeRow> getRows() {
    return rows;
  }

  public PracticeFilters getFilters() {
    return filters;
  }
}
