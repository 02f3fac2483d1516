package it.ccse.anagrafica.web.file;

import it.ccse.anagrafica.fees.domain.Contribution;
import it.ccse.anagrafica.file.application.CompanyFileReports;
import it.ccse.anagrafica.file.application.CompanyFileService;
import it.ccse.anagrafica.file.application.FileViews.FileView;
import it.ccse.anagrafica.file.application.FileViews.ReportEntry;
import it.ccse.anagrafica.file.application.FileViews.VehicleView;
import it.ccse.anagrafica.web.accounts.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
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

/**
 * The company file (VW-2..VW-6): company data, sites with categories, delegates and devices,
 * vehicles searched by plate, "REPORT AZIENDA" and the history of signed changes.
 */
@Named
@ViewScoped
public class CompanyFilePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private CompanyFileService files;
  @EJB private CompanyFileReports reports;
  @Inject private CurrentUser user;
  @Inject private DeviceInUse deviceInUse;
  @Inject private FileGate gate;

  private FileView file;
  private List<ReportEntry> history;
  private Contribution contribution;
  private String plate;

  private final LazyDataModel<VehicleView> vehicles =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) files.countVehicles(user.username(), deviceInUse.get(), plate);
        }

        @Override
        public List<VehicleView> load(
            int first, int size, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filter) {
          return files.vehicles(user.username(), deviceInUse.get(), plate, first, size);
        }

        @Override
        public String getRowKey(VehicleView row) {
          return row.plate();
        }
      };

  /** f:viewAction. */
  public void load() {
    if (!gate.isAvailable()) {
      return;
    }
    file = files.current(user.username(), deviceInUse.get());
    history = reports.history(user.username(), deviceInUse.get());
    contribution = files.contribution(user.username(), deviceInUse.get());
  }

  public StreamedContent getCompanyReport() {
    return pdf(
        "report-azienda-" + file.code() + ".pdf",
        reports.companyReport(user.username(), deviceInUse.get()));
  }

  public StreamedContent report(String reportId) {
    return pdf(reportId + ".pdf", reports.report(user.username(), deviceInUse.get(), reportId));
  }

  static StreamedContent pdf(String name, byte[] content) {
    return DefaultStreamedContent.builder().name(name).contentType("application/pdf").stream(
            () -> new ByteArrayInputStream(content))
        .build();
  }

  public FileView getFile() {
    return file;
  }

  public Contribution getContribution() {
    return contribution;
  }

  public List<ReportEntry> getHistory() {
    return history;
  }

  public LazyDataModel<VehicleView> getVehicles() {
    return vehicles;
  }

  public String getPlate() {
    return plate;
  }

  public void setPlate(String plate) {
    this.plate = plate;
  }
}
