package it.ccse.anagrafica.documents.application;

import it.ccse.anagrafica.documents.domain.AttachmentUse;
import java.io.InputStream;
import java.util.Optional;

/**
 * The one attachment store of every area (SPEC "Attachments"; RQ-1..RQ-3 practices, PY-3 payments,
 * adjustments, sectors, corporate operations): a file is accepted when its content — not its name —
 * is one of the allowed formats and it is within its use's size limit, and is kept in the database
 * with its SHA-256 (ADR 0011). The caller names the company the attachment belongs to (the one of
 * the signed-in user, resolved by the calling area); another company's id reads as not found. The
 * area that uses an attachment keeps its public id in its own rows, in the same transaction.
 */
public interface Attachments {

  /**
   * Stores an upload. Refused with {@code attachment.empty}, {@code attachment.tooLarge} (argument:
   * the limit, "500 KB") or {@code attachment.typeNotAllowed} (argument: the allowed formats), as
   * an {@code InvalidValueException} a page puts on its upload field; nothing is stored then.
   * Reading stops at the first byte past the limit; {@code content} is closed.
   */
  AttachmentView store(
      long companyId, AttachmentUse use, String fileName, InputStream content, String uploadedBy);

  /** The company's attachment with this public id; empty for an unknown or another's id. */
  Optional<AttachmentView> find(long companyId, String publicId);

  /** The company's attachment to download; {@code NotFoundException} otherwise. */
  AttachmentContent content(long companyId, String publicId);

  /** Any attachment, for CCSE staff (BACKOFFICE, ADMIN); {@code NotFoundException} if unknown. */
  AttachmentContent contentForStaff(String publicId);

  /**
   * Removes an attachment the company uploaded and then dropped before using it (a form left, a
   * file replaced); an unknown or another company's id is {@code NotFoundException}.
   */
  void discard(long companyId, String publicId);
}
