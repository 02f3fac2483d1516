package it.ccse.anagrafica.documents.domain;

import java.util.Optional;

/** The stored attachments, found by public id; the content is read only by {@link #content}. */
public interface AttachmentRepository {

  void store(Attachment attachment);

  /** The attachment without its content. */
  Optional<Attachment> find(String publicId);

  /** The bytes of the attachment with this id, if it exists. */
  Optional<byte[]> content(String publicId);

  void remove(Attachment attachment);
}
