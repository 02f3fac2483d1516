package it.ccse.anagrafica.web.accounts;

import it.ccse.anagrafica.company.application.ImportedOperator;
import it.ccse.anagrafica.company.application.LegacyImport;
import it.ccse.anagrafica.company.application.LegacyImportReport;
import it.ccse.anagrafica.company.application.LegacyImportReport.Outcome;
import it.ccse.anagrafica.web.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** ON-7 back office: upload the legacy registry's CSV, read its report, "Invita" the operators. */
@Named
@ViewScoped
public class LegacyOperators implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private LegacyImport service;
  @Inject private Messages messages;

  private LegacyImportReport report;
  private String filter;
  private List<ImportedOperator> selected = new ArrayList<>();

  private final LazyDataModel<ImportedOperator> operators =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;
        private List<ImportedOperator> page = List.of();

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) service.countImportedOperators(filter);
        }

        @Override
        public List<ImportedOperator> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          page = service.importedOperators(filter, first, pageSize);
          return page;
        }

        @Override
        public String getRowKey(ImportedOperator row) {
          return row.username();
        }

        /** Selection is made on the page shown, so the row is in it. */
        @Override
        public ImportedOperator getRowData(String rowKey) {
          return page.stream().filter(o -> o.username().equals(rowKey)).findFirst().orElse(null);
        }
      };

  public void upload(FileUploadEvent event) {
    report = service.importOperators(event.getFile().getContent());
    messages.info(
        null,
        "legacyImport.done",
        report.count(Outcome.IMPORTED),
        report.count(Outcome.ALREADY_PRESENT),
        report.count(Outcome.REJECTED));
  }

  public void invite() {
    if (selected.isEmpty()) {
      messages.error(null, "legacyImport.noneSelected");
      return;
    }
    var result = service.invite(selected.stream().map(ImportedOperator::username).toList());
    messages.info(null, "legacyImport.invited", result.sent(), result.skipped());
    selected = new ArrayList<>();
  }

  /** The reason of a rejected line, in the page's language. */
  public String reason(LegacyImportReport.Line line) {
    return line.messageKey() == null
        ? ""
        : messages.text(line.messageKey(), line.arguments().toArray());
  }

  public String getFilter() {
    return filter;
  }

  public void setFilter(String filter) {
    this.filter = filter;
  }

  public LegacyImportReport getReport() {
    return report;
  }

  public LazyDataModel<ImportedOperator> getOperators() {
    return operators;
  }

  public List<ImportedOperator> getSelected() {
    return selected;
  }

  public void setSelected(List<ImportedOperator> selected) {
    this.selected = selected;
  }
}
