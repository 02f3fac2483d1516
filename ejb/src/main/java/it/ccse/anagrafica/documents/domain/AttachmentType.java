package it.ccse.anagrafica.documents.domain;

import it.ccse.anagrafica.shared.domain.InvalidValueException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The formats an attachment may have (SPEC "Attachments": pdf, doc, docx, tif, tiff, jpg, jpeg,
 * bmp, png), each known by the media type its content is detected as ({@link ContentTypeDetector}),
 * never by the file's extension.
 */
public enum AttachmentType {
  PDF("application/pdf", "pdf"),
  /** Word 97–2003: an OLE2 compound file holding a "WordDocument" stream. */
  DOC("application/msword", "doc"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
  TIFF("image/tiff", "tif", "tiff"),
  JPEG("image/jpeg", "jpg", "jpeg"),
  BMP("image/bmp", "bmp"),
  PNG("image/png", "png");

  private final String mediaType;
  private final List<String> extensions;

  AttachmentType(String mediaType, String... extensions) {
    this.mediaType = mediaType;
    this.extensions = List.of(extensions);
  }

  public String mediaType() {
    return mediaType;
  }

  public List<String> extensions() {
    return extensions;
  }

  /** The allowed format with this detected media type, if any. */
  public static Optional<AttachmentType> of(String detectedMediaType) {
    return Arrays.stream(values()).filter(t -> t.mediaType.equals(detectedMediaType)).findFirst();
  }

  /** The allowed format of the detected content, or the refusal naming the allowed formats. */
  public static AttachmentType require(String detectedMediaType) {
    return of(detectedMediaType)
        .orElseThrow(() -> new InvalidValueException("attachment.typeNotAllowed", allowed()));
  }

  /** "pdf, doc, docx, tif, tiff, jpg, jpeg, bmp, png", as the refusal and the pages list them. */
  public static String allowed() {
    return Arrays.stream(values())
        .flatMap(t -> t.extensions.stream())
        .collect(Collectors.joining(", "));
  }
}
