package it.ccse.anagrafica.web.sectors;

import it.ccse.anagrafica.sectors.application.CorporateOperations;
import it.ccse.anagrafica.sectors.application.OperationViews.OperationView;
import it.ccse.anagrafica.sectors.domain.OperationDocument;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import it.ccse.anagrafica.web.accounts.CurrentUser;
import it.ccse.anagrafica.web.file.DeviceInUse;
import it.ccse.anagrafica.web.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import org.primefaces.event.FileUploadEvent;

/**
 * A corporate operation, {@code operazione.xhtml?id=} (OP-2): "Carica autocertificazione" and
 * "Carica atto notarile" (each stored as soon as chosen, replaced or removed before sending), and
 * "Invia i file via mail" once both are there; CCSE's message when it asks for more. Every change
 * carries the version shown.
 */
@Named
@ViewScoped
public class CorporateOperationPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private CorporateOperations operations;
  @Inject private CurrentUser user;
  @Inject private DeviceInUse deviceInUse;
  @Inject private Messages messages;

  private String id;
  private boolean available;
  private OperationView operation;

  /** f:viewAction, with f:viewParam id (an unknown or another company's id: a message). */
  public void load() {
    available = operations.isAvailable(user.username(), deviceInUse.get());
    if (available) {
      operation = operations.find(user.username(), deviceInUse.get(), id);
    }
  }

  /** "Carica autocertificazione". */
  public void uploadSelfCertification(FileUploadEvent event) {
    upload(OperationDocument.SELF_CERTIFICATION, "selfCertification", event);
  }

  /** "Carica atto notarile". */
  public void uploadNotarialDeed(FileUploadEvent event) {
    upload(OperationDocument.NOTARIAL_DEED, "notarialDeed", event);
  }

  /** Stored as soon as chosen; a refusal shows on the upload field. */
  private void upload(OperationDocument document, String field, FileUploadEvent event) {
    var file = event.getFile();
    operation =
        InvalidFieldException.naming(
            field,
            () -> {
              try (var content = file.getInputStream()) {
                return operations.attach(
                    user.username(), deviceInUse.get(), id, document, file.getFileName(), content);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    messages.info(null, "corporateOperation.attached");
  }

  public void removeSelfCertification() {
    remove(OperationDocument.SELF_CERTIFICATION);
  }

  public void removeNotarialDeed() {
    remove(OperationDocument.NOTARIAL_DEED);
  }

  private void remove(OperationDocument document) {
    operation =
        operations.remove(user.username(), deviceInUse.get(), id, operation.version(), document);
    messages.info(null, "corporateOperation.removed");
  }

  /** "Invia i file via mail" (OP-2). */
  public void send() {
    operation = operations.send(user.username(), deviceInUse.get(), id, operation.version());
    messages.info(null, "corporateOperation.sent");
  }

  /** Drops a draft never sent. */
  public String discard() {
    operations.discard(user.username(), deviceInUse.get(), id);
    messages.info(null, "corporateOperation.discarded");
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "/area/settori/operazioni?faces-redirect=true";
  }

  /** Whether the caller may change it now: the legal representative, before CCSE has it. */
  public boolean isEditable() {
    return operation != null && operation.editable() && user.isOperator();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public boolean isAvailable() {
    return available;
  }

  public OperationView getOperation() {
    return operation;
  }
}
