package it.ccse.anagrafica.web.documents;

import it.ccse.anagrafica.documents.application.AttachmentLimits;
import it.ccse.anagrafica.documents.application.AttachmentView;
import it.ccse.anagrafica.documents.application.Attachments;
import it.ccse.anagrafica.documents.domain.AttachmentType;
import it.ccse.anagrafica.documents.domain.AttachmentUse;
import it.ccse.anagrafica.file.application.CallerCompany;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import it.ccse.anagrafica.shared.domain.OutOfScopeException;
import it.ccse.anagrafica.web.accounts.CurrentUser;
import it.ccse.anagrafica.web.file.DeviceInUse;
import it.ccse.anagrafica.web.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.primefaces.event.FileUploadEvent;

/**
 * What a page that takes attachments needs, with the {@code <a:attachment>} tag: its bean's upload
 * listener calls {@link #store} for the use of the page and keeps the returned view (the public id
 * goes into its own rows when the practice or payment is saved); the tag shows the limit, the
 * allowed formats and, once uploaded, name, size and SHA-256.
 */
@Named
@RequestScoped
public class AttachmentUploads {

  @EJB private Attachments attachments;
  @EJB private CallerCompany callerCompany;
  @Inject private CurrentUser user;
  @Inject private DeviceInUse deviceInUse;
  @Inject private AttachmentLimits limits;
  @Inject private Messages messages;

  /**
   * Stores the uploaded file for the company the user acts for; a refusal (empty, too large, not an
   * allowed format) is shown on the upload field, and nothing is stored.
   */
  public AttachmentView store(AttachmentUse use, FileUploadEvent event) {
    var file = event.getFile();
    long company = company();
    return InvalidFieldException.naming(
        event.getComponent().getId(),
        () -> {
          try (var content = file.getInputStream()) {
            return attachments.store(company, use, file.getFileName(), content, user.username());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** Drops an attachment uploaded on this page and not used (replaced, or the form abandoned). */
  public void discard(String publicId) {
    attachments.discard(company(), publicId);
  }

  private long company() {
    return callerCompany
        .of(user.username(), deviceInUse.get())
        .orElseThrow(() -> new OutOfScopeException("file.noCompany"));
  }

  public long maxBytes(AttachmentUse use) {
    return limits.maxBytes(use);
  }

  /** "Formati ammessi: pdf, …; al massimo 5 MB." */
  public String hint(AttachmentUse use) {
    return messages.text("attachment.hint", AttachmentType.allowed(), limits.of(use).text());
  }

  /** The size as people read it: "820 byte", "37 KB", "4,2 MB". */
  public String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " byte";
    }
    if (bytes < 1024 * 1024) {
      return (bytes + 1023) / 1024 + " KB";
    }
    return String.format(Locale.ITALIAN, "%.1f MB", bytes / (1024.0 * 1024.0));
  }
}
