package it.ccse.anagrafica.web.file;

import it.ccse.anagrafica.file.application.CompanyFileLookup;
import it.ccse.anagrafica.file.application.CompanyFileLookup.CompanySummary;
import it.ccse.anagrafica.web.shared.PagedRows;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

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
      PagedRows.of(
          () -> lookup.count(text),
          (first, size) -> lookup.search(text, first, size),
          CompanySummary::codiceFiscale);

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
