package it.ccse.anagrafica.web.practices;

import it.ccse.anagrafica.practices.application.PracticeViews.PracticeReport;
import it.ccse.anagrafica.shared.application.ReferenceData;
import it.ccse.anagrafica.shared.domain.Address;
import it.ccse.anagrafica.web.shared.Downloads;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.primefaces.model.StreamedContent;

/**
 * How the practices pages show what a practice holds: an address on one line with the comune by
 * name (the summary, the back office), and the sealed PDF report as a download.
 */
@Named
@ApplicationScoped
public class PracticeDisplay {

  @EJB private ReferenceData reference;

  /** "Via Roma 1, 10121 Torino (TO)"; empty for no address. */
  public String address(Address address) {
    if (address == null) {
      return "";
    }
    String comune =
        reference.comuniOf(address.provinceCode()).stream()
            .filter(o -> o.value().equals(address.comuneIstatCode()))
            .map(ReferenceData.Option::label)
            .findFirst()
            .orElse(address.comuneIstatCode());
    return Address.line(
        address.street(),
        address.streetNumber(),
        address.capCode(),
        comune,
        address.provinceCode());
  }

  /** The sealed report, downloaded under the name the service gives it. */
  static StreamedContent pdf(PracticeReport report) {
    return Downloads.pdf(report.fileName(), report.pdf());
  }
}
