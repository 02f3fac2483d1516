package it.ccse.anagrafica.documents.domain;

/**
 * Port: the media type of a file told by its content alone (magic bytes, container structure), so
 * an executable renamed {@code .pdf} is not a PDF. {@link AttachmentType#of} says whether it is an
 * allowed format.
 */
public interface ContentTypeDetector {

  /** The detected media type without parameters, {@code application/octet-stream} if unknown. */
  String detect(byte[] content);
}
