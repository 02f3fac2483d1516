package it.ccse.anagrafica.web.accounts;

import it.ccse.anagrafica.company.application.LegacyImportReport;
import it.ccse.anagrafica.company.application.LegacyImportReport.Outcome;
import it.ccse.anagrafica.company.application.LocalUnitLegacyImport;
import it.ccse.anagrafica.sectors.application.SectorLegacyImport;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import it.ccse.anagrafica.web.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.function.Function;
import org.primefaces.event.FileUploadEvent;

/**
 * ON-7 back office, the further files of the legacy export on the same page as the companies':
 * "Settori, ATO e banche", "Contatti dei settori", "Unità locali", each with its report.
 */
@Named
@ViewScoped
public class LegacyRecords implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private SectorLegacyImport sectors;
  @EJB private LocalUnitLegacyImport localUnits;
  @Inject private Messages messages;

  private LegacyImportReport sectorsReport;
  private LegacyImportReport contactsReport;
  private LegacyImportReport localUnitsReport;

  public void uploadSectors(FileUploadEvent event) {
    sectorsReport = upload(event, "sectorsFile", sectors::importSectors);
  }

  public void uploadContacts(FileUploadEvent event) {
    contactsReport = upload(event, "contactsFile", sectors::importContacts);
  }

  public void uploadLocalUnits(FileUploadEvent event) {
    localUnitsReport = upload(event, "localUnitsFile", localUnits::importLocalUnits);
  }

  /**
   * A file refused as a whole names the field {@code file}, which on this page is the companies'
   * upload: the refusal is shown under the upload it came from.
   */
  private LegacyImportReport upload(
      FileUploadEvent event, String field, Function<byte[], LegacyImportReport> service) {
    LegacyImportReport report;
    try {
      report = service.apply(event.getFile().getContent());
    } catch (InvalidFieldException e) {
      throw "file".equals(e.field())
          ? new InvalidFieldException(field, e.messageKey(), e.arguments())
          : e;
    }
    messages.info(
        null,
        "legacyImport.done",
        report.count(Outcome.IMPORTED),
        report.count(Outcome.ALREADY_PRESENT),
        report.count(Outcome.REJECTED));
    return report;
  }

  /** The reason of a rejected line, in the page's language. */
  public String reason(LegacyImportReport.Line line) {
    return line.messageKey() == null
        ? ""
        : messages.text(line.messageKey(), line.arguments().toArray());
  }

  public LegacyImportReport getSectorsReport() {
    return sectorsReport;
  }

  public LegacyImportReport getContactsReport() {
    return contactsReport;
  }

  public LegacyImportReport getLocalUnitsReport() {
    return localUnitsReport;
  }
}
