package it.ccse.anagrafica.documents;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/** Tiny real files of every allowed format, and impostors, made by the tests themselves. */
public final class AttachmentSamples {

  public static final String DOCX_CONTENT_TYPES =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\""
          + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/word/document.xml\" ContentType=\"%s\"/>"
          + "</Types>";

  public static final String WORD_MAIN =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

  private AttachmentSamples() {}

  /** A one-page PDF written by iText. */
  public static byte[] pdf() {
    var out = new ByteArrayOutputStream();
    try (var document = new Document(new PdfDocument(new PdfWriter(out)))) {
      document.add(new Paragraph("Denuncia di furto"));
    }
    return out.toByteArray();
  }

  /** A 4×4 image in a format javax.imageio writes: "png", "jpeg", "bmp", "tiff". */
  public static byte[] image(String format) {
    var image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
    image.setRGB(1, 1, Color.RED.getRGB());
    var out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, format, out)) {
        throw new IllegalStateException("No ImageIO writer for " + format);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A minimal WordprocessingML package: content types, relationships, the document. */
  public static byte[] docx() {
    return docx(WORD_MAIN, true);
  }

  /**
   * A Word-like package whose main part has this content type, {@code [Content_Types].xml} first
   * (as Word writes it) or last (as some zip tools do, where Tika's magic sees a plain zip).
   */
  public static byte[] docx(String mainContentType, boolean contentTypesFirst) {
    var entries = new LinkedHashMap<String, String>();
    if (contentTypesFirst) {
      entries.put("[Content_Types].xml", DOCX_CONTENT_TYPES.formatted(mainContentType));
    }
    entries.put(
        "_rels/.rels",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
            + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Target=\"word/document.xml\" Type=\"http://"
            + "schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\"/>"
            + "</Relationships>");
    entries.put(
        "word/document.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document"
            + " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
            + "<w:body><w:p><w:r><w:t>Atto di cessione</w:t></w:r></w:p></w:body></w:document>");
    if (!contentTypesFirst) {
      entries.put("[Content_Types].xml", DOCX_CONTENT_TYPES.formatted(mainContentType));
    }
    return zip(entries);
  }

  /** A zip of these text entries, in this order. */
  public static byte[] zip(Map<String, String> entries) {
    var out = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(out)) {
      for (var entry : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * A minimal OLE2 compound file ([MS-CFB] version 3, 512-byte sectors): the header, one FAT sector
   * (sector 0), and the directory in sector {@code directorySector} with the root entry and one
   * empty stream named {@code stream} ("WordDocument" for a .doc, "Workbook" for an .xls). With the
   * directory in sector 1 its second entry lies where Tika's magic looks (1152..4096); further on,
   * only a reader of the directory finds it.
   */
  public static byte[] ole2(String stream, int directorySector) {
    int sector = 512;
    var file = ByteBuffer.allocate(sector * (directorySector + 2)).order(ByteOrder.LITTLE_ENDIAN);
    file.put(
        new byte[] {
          (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
        });
    file.putShort(0x18, (short) 0x3E); // minor version
    file.putShort(0x1A, (short) 3); // major version 3
    file.putShort(0x1C, (short) 0xFFFE); // little-endian
    file.putShort(0x1E, (short) 9); // 512-byte sectors
    file.putShort(0x20, (short) 6); // 64-byte mini sectors
    file.putInt(0x2C, 1); // one FAT sector
    file.putInt(0x30, directorySector); // first directory sector
    file.putInt(0x38, 4096); // mini stream cut-off
    file.putInt(0x3C, -2); // no mini FAT
    file.putInt(0x44, -2); // no DIFAT sectors
    file.putInt(0x4C, 0); // DIFAT[0]: the FAT is sector 0
    for (int i = 1; i < 109; i++) {
      file.putInt(0x4C + 4 * i, -1);
    }
    int fat = sector; // sector 0
    for (int i = 0; i < sector / 4; i++) {
      file.putInt(fat + 4 * i, -1); // free
    }
    file.putInt(fat, -3); // sector 0 is a FAT sector
    file.putInt(fat + 4 * directorySector, -2); // the directory: one sector, end of chain
    int directory = sector * (directorySector + 1);
    entry(file, directory, "Root Entry", 5, 1);
    entry(file, directory + 128, stream, 2, -1);
    for (int free = directory + 256; free < directory + sector; free += 128) {
      entry(file, free, "", 0, -1);
    }
    return file.array();
  }

  private static void entry(ByteBuffer file, int at, String name, int type, int child) {
    byte[] utf16 = (name + (name.isEmpty() ? "" : "\0")).getBytes(StandardCharsets.UTF_16LE);
    file.put(at, utf16);
    file.putShort(at + 64, (short) utf16.length);
    file.put(at + 66, (byte) type);
    file.put(at + 67, (byte) 1); // black
    file.putInt(at + 68, -1); // left sibling
    file.putInt(at + 72, -1); // right sibling
    file.putInt(at + 76, child);
    file.putInt(at + 116, -2); // starting sector: none (empty)
    file.putInt(at + 120, 0); // size
  }

  /** The first bytes of a Linux executable, then padding. */
  public static byte[] elf() {
    byte[] elf = new byte[256];
    System.arraycopy(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0}, 0, elf, 0, 8);
    return elf;
  }

  /** The first bytes of a Windows executable ("MZ" and the PE header), then padding. */
  public static byte[] exe() {
    byte[] exe = new byte[512];
    exe[0] = 'M';
    exe[1] = 'Z';
    exe[0x3C] = (byte) 0x80;
    System.arraycopy(new byte[] {'P', 'E', 0, 0}, 0, exe, 0x80, 4);
    return exe;
  }

  public static byte[] text() {
    return "Questo non è un'immagine.\n".repeat(20).getBytes(StandardCharsets.UTF_8);
  }

  public static byte[] filled(int size) {
    byte[] bytes = new byte[size];
    Arrays.fill(bytes, (byte) 'x');
    return bytes;
  }
}
