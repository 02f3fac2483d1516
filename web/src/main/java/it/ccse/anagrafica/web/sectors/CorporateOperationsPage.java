package it.ccse.anagrafica.web.sectors;

import it.ccse.anagrafica.sectors.application.CorporateOperations;
import it.ccse.anagrafica.sectors.application.OperationViews.OperationView;
import it.ccse.anagrafica.sectors.application.OperationViews.TemplateFormat;
import it.ccse.anagrafica.sectors.domain.OperationKind;
import it.ccse.anagrafica.web.accounts.CurrentUser;
import it.ccse.anagrafica.web.file.DeviceInUse;
import it.ccse.anagrafica.web.shared.Downloads;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.StreamedContent;

/**
 * "Operazioni Societarie" (OP-1, OP-2): one template per operation to download, filled with the
 * company's data, as PDF or DOCX; the company's operations with state, dates, files and CCSE's
 * message; a new communication of the operation chosen, opened in {@link CorporateOperationPage}.
 * Before CCSE has validated the company data the page says why there is nothing yet (SE-1).
 */
@Named
@ViewScoped
public class CorporateOperationsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private CorporateOperations operations;
  @Inject private CurrentUser user;
  @Inject private DeviceInUse deviceInUse;

  private boolean available;
  private List<OperationView> list = List.of();
  private OperationKind kind;

  /** f:viewAction. */
  public void load() {
    available = operations.isAvailable(user.username(), deviceInUse.get());
    list = available ? operations.list(user.username(), deviceInUse.get()) : List.of();
  }

  /** The template of an operation, as PDF with fillable fields or as DOCX. */
  public StreamedContent template(OperationKind kind, TemplateFormat format) {
    var file = operations.template(user.username(), deviceInUse.get(), kind, format);
    return Downloads.file(file.fileName(), file.mediaType(), file.bytes());
  }

  /** "Nuova comunicazione": a draft of the operation chosen, opened. */
  public String create() {
    var draft = operations.create(user.username(), deviceInUse.get(), kind);
    return "/area/settori/operazione?faces-redirect=true&id=" + draft.id();
  }

  public List<OperationKind> getKinds() {
    return List.of(OperationKind.values());
  }

  public List<TemplateFormat> getFormats() {
    return List.of(TemplateFormat.values());
  }

  public boolean isAvailable() {
    return available;
  }

  public List<OperationView> getList() {
    return list;
  }

  public OperationKind getKind() {
    return kind;
  }

  public void setKind(OperationKind kind) {
    this.kind = kind;
  }
}
