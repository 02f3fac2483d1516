package it.ccse.anagrafica.web.reconciliation;

import it.ccse.anagrafica.reconciliation.application.MisalignmentList;
import it.ccse.anagrafica.reconciliation.application.MisalignmentView;
import it.ccse.anagrafica.reconciliation.domain.MisalignmentFilter;
import it.ccse.anagrafica.reconciliation.domain.MisalignmentStatus;
import it.ccse.anagrafica.reconciliation.domain.RegisterField;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/** AD-4: CCSE's list of misalignments, filtered, paged and exported. */
@Named
@ViewScoped
public class MisalignmentSearch implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private MisalignmentList list;

  private String company;
  private RegisterField field;
  private MisalignmentStatus status = MisalignmentStatus.OPEN;

  private final LazyDataModel<MisalignmentView> rows =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) list.count(filter());
        }

        @Override
        public List<MisalignmentView> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          return list.page(filter(), first, pageSize);
        }

        @Override
        public String getRowKey(MisalignmentView row) {
          return Long.toString(row.id());
        }
      };

  private MisalignmentFilter filter() {
    return new MisalignmentFilter(company, field, status);
  }

  public StreamedContent getExport() {
    return DefaultStreamedContent.builder()
        .name("disallineamenti.csv")
        .contentType("text/csv")
        .stream(() -> new ByteArrayInputStream(list.csv(filter())))
        .build();
  }

  public LazyDataModel<MisalignmentView> getRows() {
    return rows;
  }

  public RegisterField[] getFields() {
    return RegisterField.values();
  }

  public MisalignmentStatus[] getStatuses() {
    return MisalignmentStatus.values();
  }

  public String getCompany() {
    return company;
  }

  public void setCompany(String company) {
    this.company = company;
  }

  public RegisterField getField() {
    return field;
  }

  public void setField(RegisterField field) {
    this.field = field;
  }

  public MisalignmentStatus getStatus() {
    return status;
  }

  public void setStatus(MisalignmentStatus status) {
    this.status = status;
  }
}
