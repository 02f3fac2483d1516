package it.ccse.anagrafica.documents.infrastructure.attachments;

import it.ccse.anagrafica.documents.domain.ContentTypeDetector;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.ParseContext;

/**
 * The media type of a file by its content, through Apache Tika's magic database
 * (tika-mimetypes.xml: PDF, JPEG, PNG, BMP, TIFF and some thousand more), never by its name — the
 * detector is given no file name. tika-core alone cannot look inside containers (that is the
 * parsers' job), so two containers are refined here:
 *
 * <ul>
 *   <li>a zip ({@code application/zip} or {@code application/x-tika-ooxml}, which Tika says only
 *       when {@code [Content_Types].xml} happens to be the first entry) is a Word document when
 *       {@link OfficeOpenXml} finds a WordprocessingML main part — a plain zip, a spreadsheet or a
 *       macro-enabled document is not;
 *   <li>an OLE2 compound file ({@code application/x-tika-msoffice}) is a Word 97–2003 document when
 *       {@link Ole2Word} finds its "WordDocument" stream; Tika says {@code application/msword} by
 *       itself when that stream's directory entry lies within the first 4 KB, the usual case.
 * </ul>
 */
@ApplicationScoped
public class TikaContentTypeDetector implements ContentTypeDetector {

  static final String DOC = "application/msword";
  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();
  private static final MediaTypeRegistry REGISTRY = TYPES.getMediaTypeRegistry();
  private static final MediaType OLE2 = MediaType.application("x-tika-msoffice");

  @Override
  public String detect(byte[] content) {
    MediaType detected = magic(content);
    if (detected.equals(MediaType.APPLICATION_ZIP)
        || REGISTRY.isSpecializationOf(detected, MediaType.APPLICATION_ZIP)) {
      return OfficeOpenXml.isWordDocument(content) ? DOCX : detected.toString();
    }
    if (detected.equals(OLE2)) {
      return Ole2Word.hasWordDocumentStream(content) ? DOC : detected.toString();
    }
    return detected.toString();
  }

  private static MediaType magic(byte[] content) {
    try (var in = TikaInputStream.get(content)) {
      return REGISTRY.normalize(TYPES.detect(in, new Metadata(), new ParseContext())).getBaseType();
    } catch (IOException e) {
      throw new UncheckedIOException("Reading bytes in memory", e);
    }
  }
}
