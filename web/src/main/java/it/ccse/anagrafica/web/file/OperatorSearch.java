package it.ccse.anagrafica.web.file;

import it.ccse.anagrafica.file.application.CompanyFileLookup;
import it.ccse.anagrafica.file.application.CompanyFileLookup.CompanySummary;
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
 * AD-3 "Ricerca operatori": companies by part of their ragione sociale, codice fiscale or partita
 * IVA, paged; a validated one opens its file in {@link FileLookupPage}.
 */
@Named
@ViewScoped
public class OperatorSearch implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private CompanyFileLookup lookup;

  private String text;

  private final LazyDataModel<CompanySummary> rows =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) lookup.count(text);
        }

        @Override
        public List<CompanySummary> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          return lookup.search(text, first, pageSize);
        }

        @Override
        public String getRowKey(CompanySummary row) {
          return row.codiceFiscale();
        }
      };

  public LazyDataModel<CompanySummary> getRows() {
    return rows;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
