package it.ccse.anagrafica.documents.application;

import java.io.Serializable;
import java.time.LocalDateTime;

/** What a page shows of a stored attachment: never its bytes. */
public record AttachmentView(
    String publicId,
    String fileName,
    String mediaType,
    long sizeBytes,
    String sha256,
    LocalDateTime uploadedAt)
    implements Serializable {}
