package it.ccse.anagrafica.web.practices;

import it.ccse.anagrafica.practices.application.PracticeRequests;
import it.ccse.anagrafica.practices.application.PracticeStatus;
import it.ccse.anagrafica.practices.application.PracticeViews.PracticeFilter;
import it.ccse.anagrafica.practices.application.PracticeViews.PracticeRow;
import it.ccse.anagrafica.web.accounts.CurrentUser;
import it.ccse.anagrafica.web.file.DeviceInUse;
import it.ccse.anagrafica.web.shared.Downloads;
import it.ccse.anagrafica.web.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/**
 * "Stato pratiche" (ST-1): the company's practices newest first, paged, filtered by type and state
 * ({@link PracticeFilters}), each with its PDF report, its "STATO DI LAVORAZIONE" and, where the
 * service says it is still cancellable, ANNULLA signed with the PIN in a dialog; the CSV export.
 */
@Named
@ViewScoped
public class PracticeStatusPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private PracticeStatus status;
  @EJB private PracticeRequests requests;
  @Inject private CurrentUser user;
  @Inject private DeviceInUse deviceInUse;
  @Inject private Messages messages;

  private final PracticeFilters filters = new PracticeFilters(null);
  private PracticeRow cancelling;
  private String pin;

  private final LazyDataModel<PracticeRow> rows =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) status.count(user.username(), deviceInUse.get(), filter());
        }

        @Override
        public List<PracticeRow> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          return status.page(user.username(), deviceInUse.get(), filter(), first, pageSize);
        }

        @Override
        public String getRowKey(PracticeRow row) {
          return row.publicId();
        }
      };

  private PracticeFilter filter() {
    return filters.filter();
  }

  /** The rows of the filter as CSV (formula-safe: the service's). */
  public StreamedContent getCsv() {
    return Downloads.csv(
        "stato-pratiche.csv", () -> status.csv(user.username(), deviceInUse.get(), filter()));
  }

  public StreamedContent report(PracticeRow row) {
    return PracticeDisplay.pdf(requests.report(user.username(), deviceInUse.get(), row.publicId()));
  }

  /** ANNULLA on a row: the dialog asks the PIN. */
  public void askCancel(PracticeRow row) {
    cancelling = row;
    pin = null;
  }

  /** The cancellation, signed with the PIN, with the version of the row shown. */
  public void cancel() {
    char[] secret = pin == null ? new char[0] : pin.toCharArray();
    pin = null;
    status.cancel(
        user.username(), deviceInUse.get(), cancelling.publicId(), cancelling.version(), secret);
    messages.info(null, "practiceStatus.cancelled", cancelling.number());
    cancelling = null;
  }

  public LazyDataModel<PracticeRow> getRows() {
    return rows;
  }

  public PracticeFilters getFilters() {
    return filters;
  }

  public PracticeRow getCancelling() {
    return cancelling;
  }

  public String getPin() {
    return pin;
  }

  public void setPin(String pin) {
    this.pin = pin;
  }
}
