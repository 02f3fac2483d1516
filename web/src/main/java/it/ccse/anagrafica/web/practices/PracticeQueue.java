package it.ccse.anagrafica.web.practices;

import it.ccse.anagrafica.practices.application.PracticeDesk;
import it.ccse.anagrafica.practices.application.PracticeViews.PracticeRow;
import it.ccse.anagrafica.practices.domain.PracticeState;
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
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) desk.count(filters.filter());
        }

        @Override
        public List<PracticeRow> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          return desk.page(filters.filter(), first, pageSize);
        }

        @Override
        public String getRowKey(PracticeRow row) {
          return row.publicId();
        }
      };

  public LazyDataModel<PracticeRow> getRows() {
    return rows;
  }

  public PracticeFilters getFilters() {
    return filters;
  }
}
