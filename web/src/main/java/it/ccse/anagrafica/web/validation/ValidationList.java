package it.ccse.anagrafica.web.validation;

import it.ccse.anagrafica.validation.application.PendingValidation;
import it.ccse.anagrafica.validation.application.ValidationQueue;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** AD-1 queue of signed company data, oldest first, filtered by company name, paged. */
@Named
@ViewScoped
public class ValidationList implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ValidationQueue queue;

  private String name;

  private final LazyDataModel<PendingValidation> model =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) queue.countPending(name);
        }

        @Override
        public List<PendingValidation> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          return queue.pending(name, first, pageSize);
        }

        @Override
        public String getRowKey(PendingValidation row) {
          return String.valueOf(row.submissionId());
        }
      };

  public LazyDataModel<PendingValidation> getModel() {
    return model;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
