package it.ccse.anagrafica.web.practices;

import it.ccse.anagrafica.practices.application.PracticeRequests;
import it.ccse.anagrafica.practices.application.PracticeViews.AttachmentLine;
import it.ccse.anagrafica.practices.domain.DocumentKind;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import it.ccse.anagrafica.web.accounts.CurrentUser;
import it.ccse.anagrafica.web.file.DeviceInUse;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/**
 * The documents of a draft (RQ-1..RQ-3): one upload per kind the type requires, each stored as soon
 * as it is chosen by {@link PracticeRequests#attach} (type by content, size limit, SHA-256), shown
 * with its name, SHA-256 and download link, and removable. The upload field's id is the kind's
 * name, so a refusal is shown on it.
 */
@Named
@ViewScoped
public class PracticeDocuments implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private PracticeRequests requests;
  @Inject private CurrentUser user;
  @Inject private DeviceInUse deviceInUse;
  @Inject private PracticeDraftPage page;

  public void upload(FileUploadEvent event) {
    String field = event.getComponent().getId();
    var kind = DocumentKind.valueOf(field);
    var file = event.getFile();
    page.show(
        InvalidFieldException.naming(
            field,
            () -> {
              try (var content = file.getInputStream()) {
                return requests.attach(
                    user.username(),
                    deviceInUse.get(),
                    page.getId(),
                    kind,
                    file.getFileName(),
                    content);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            }));
  }

  public void detach(String attachmentId) {
    page.show(requests.detach(user.username(), deviceInUse.get(), page.getId(), attachmentId));
  }

  /** Whether the practice's type asks for documents of this kind. */
  public boolean requires(DocumentKind kind) {
    return page.getPractice().type().requiredDocuments().contains(kind);
  }

  public List<AttachmentLine> of(DocumentKind kind) {
    return page.getPractice().attachments().stream().filter(a -> a.kind() == kind).toList();
  }

  /** The kinds still to attach, in the type's order. */
  public List<DocumentKind> getMissing() {
    return page.getPractice().missingDocuments().stream().sorted().toList();
  }
}
