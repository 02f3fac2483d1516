package it.ccse.anagrafica.web.sectors;

import it.ccse.anagrafica.sectors.application.AtoImport;
import it.ccse.anagrafica.sectors.application.AtoImport.AtoImportReport;
import it.ccse.anagrafica.sectors.application.AtoImport.AtoRow;
import it.ccse.anagrafica.web.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/**
 * SE-3 back office "ATO": CCSE's list imported from CSV (all or nothing, each bad line reported),
 * and every ATO with its validity.
 */
@Named
@ViewScoped
public class AtoImportPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AtoImport atoImport;
  @Inject private Messages messages;

  private AtoImportReport report;

  public void upload(FileUploadEvent event) throws IOException {
    var file = event.getFile();
    try (var content = file.getInputStream()) {
      report = atoImport.importCsv(file.getFileName(), content);
    }
    if (report.isApplied()) {
      messages.info(null, "atoImport.applied", report.added(), report.updated());
    } else {
      messages.error(null, "atoImport.refused", report.problems().size());
    }
  }

  /** A refused line's reason, in the page's language. */
  public String reason(String messageKey) {
    return messages.text(messageKey);
  }

  public AtoImportReport getReport() {
    return report;
  }

  public List<AtoRow> getAtos() {
    return atoImport.all();
  }
}
