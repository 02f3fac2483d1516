package it.ccse.anagrafica.web.company;

import it.ccse.anagrafica.company.application.AuditLog;
import it.ccse.anagrafica.company.application.AuditLog.AuditEntry;
import it.ccse.anagrafica.company.application.AuditLog.AuditFilter;
import it.ccse.anagrafica.web.shared.Downloads;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/**
 * AD-3 "Registro delle operazioni": the audit log filtered by company, user, kind and dates, newest
 * first, paged, and its CSV.
 */
@Named
@ViewScoped
public class AuditLogPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AuditLog log;

  private String company;
  private String actor;
  private String action;
  private LocalDate from;
  private LocalDate to;

  private final LazyDataModel<AuditEntry> rows =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) log.count(filter());
        }

        @Override
        public List<AuditEntry> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          return log.page(filter(), first, pageSize);
        }
      };

  private AuditFilter filter() {
    return new AuditFilter(company, actor, action, from, to);
  }

  public StreamedContent getCsv() {
    return Downloads.csv("registro-operazioni.csv", () -> log.csv(filter()));
  }

  public List<String> getActions() {
    return log.actions();
  }

  public LazyDataModel<AuditEntry> getRows() {
    return rows;
  }

  public String getCompany() {
    return company;
  }

  public void setCompany(String company) {
    this.company = company;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
