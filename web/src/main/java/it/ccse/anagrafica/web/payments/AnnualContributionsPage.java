package it.ccse.anagrafica.web.payments;

import it.ccse.anagrafica.practices.application.AnnualContributions;
import it.ccse.anagrafica.practices.application.AnnualContributions.ContributionYear;
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
import org.primefaces.model.StreamedContent;

/**
 * "Contributi annuali" (PY-1): each year with its REPORT once requested, or CREA PRATICA, which
 * asks for the PIN in a dialog and presents the year's "Rinnovo annuale".
 */
@Named
@ViewScoped
public class AnnualContributionsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AnnualContributions contributions;
  @Inject private CurrentUser user;
  @Inject private DeviceInUse deviceInUse;
  @Inject private Messages messages;

  private List<ContributionYear> years;
  private boolean mayRequest;
  private Integer year;
  private String pin;

  /** f:viewAction. */
  public void load() {
    years = contributions.years(user.username(), deviceInUse.get());
    mayRequest = contributions.mayRequest(user.username(), deviceInUse.get());
  }

  /** CREA PRATICA on a row: the PIN dialog opens for that year. */
  public void ask(int year) {
    this.year = year;
    pin = null;
  }

  /** FIRMA in the dialog. */
  public void request() {
    char[] secret = pin == null ? new char[0] : pin.toCharArray();
    pin = null;
    var practice = contributions.request(user.username(), deviceInUse.get(), year, secret);
    messages.info(null, "contributions.requested", year, practice.number());
    load();
  }

  public StreamedContent report(ContributionYear row) {
    var report = contributions.report(user.username(), deviceInUse.get(), row.practiceId());
    return Downloads.pdf(report.fileName(), report.pdf());
  }

  public List<ContributionYear> getYears() {
    return years;
  }

  public boolean isMayRequest() {
    return mayRequest;
  }

  public Integer getYear() {
    return year;
  }

  public String getPin() {
    return pin;
  }

  public void setPin(String pin) {
    this.pin = pin;
  }
}
