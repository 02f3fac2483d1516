package it.ccse.anagrafica.documents.application.internal;

import it.ccse.anagrafica.documents.application.AttachmentContent;
import it.ccse.anagrafica.documents.application.AttachmentLimits;
import it.ccse.anagrafica.documents.application.AttachmentView;
import it.ccse.anagrafica.documents.application.Attachments;
import it.ccse.anagrafica.documents.domain.Attachment;
import it.ccse.anagrafica.documents.domain.AttachmentRepository;
import it.ccse.anagrafica.documents.domain.AttachmentUse;
import it.ccse.anagrafica.documents.domain.ContentTypeDetector;
import it.ccse.anagrafica.documents.domain.UploadedContent;
import it.ccse.anagrafica.shared.domain.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

@Stateless
public class DefaultAttachments implements Attachments {

  /** Read by every unknown or foreign id alike. */
  static final String UNKNOWN = "attachment.unknown";

  @Inject private AttachmentRepository attachments;
  @Inject private ContentTypeDetector detector;
  @Inject private AttachmentLimits limits;
  @Inject private Clock clock;

  @Override
  public AttachmentView store(
      long companyId, AttachmentUse use, String fileName, InputStream content, String uploadedBy) {
    Objects.requireNonNull(use, "use");
    Objects.requireNonNull(uploadedBy, "uploadedBy");
    var upload = UploadedContent.read(Objects.requireNonNull(content, "content"), limits.of(use));
    var attachment =
        Attachment.of(
            companyId,
            use,
            fileName,
            upload,
            detector.detect(upload.bytes()),
            LocalDateTime.now(clock),
            uploadedBy);
    attachments.store(attachment);
    return view(attachment);
  }

  @Override
  public Optional<AttachmentView> find(long companyId, String publicId) {
    return owned(companyId, publicId).map(DefaultAttachments::view);
  }

  @Override
  public AttachmentContent content(long companyId, String publicId) {
    return withContent(owned(companyId, publicId));
  }

  @Override
  @RolesAllowed({"BACKOFFICE", "ADMIN"})
  public AttachmentContent contentForStaff(String publicId) {
    return withContent(publicId == null ? Optional.empty() : attachments.find(publicId));
  }

  @Override
  public void discard(long companyId, String publicId) {
    attachments.remove(owned(companyId, publicId).orElseThrow(DefaultAttachments::unknown));
  }

  private Optional<Attachment> owned(long companyId, String publicId) {
    return publicId == null
        ? Optional.empty()
        : attachments.find(publicId).filter(a -> a.belongsTo(companyId));
  }

  private AttachmentContent withContent(Optional<Attachment> found) {
    var attachment = found.orElseThrow(DefaultAttachments::unknown);
    byte[] bytes =
        attachments.content(attachment.getPublicId()).orElseThrow(DefaultAttachments::unknown);
    return new AttachmentContent(view(attachment), bytes);
  }

  private static NotFoundException unknown() {
    return new NotFoundException(UNKNOWN);
  }

  static AttachmentView view(Attachment a) {
    return new AttachmentView(
        a.getPublicId(),
        a.getFileName(),
        a.getMediaType(),
        a.getSizeBytes(),
        a.getSha256(),
        a.getUploadedAt());
  }
}
