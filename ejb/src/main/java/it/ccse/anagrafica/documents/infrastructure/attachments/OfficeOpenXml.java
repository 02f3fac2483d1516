package it.ccse.anagrafica.documents.infrastructure.attachments;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Whether a zip is a Word document (.docx, ECMA-376 / ISO 29500 Open Packaging Conventions): its
 * {@code [Content_Types].xml} declares a part of type WordprocessingML main document, and that part
 * is in the zip. This is what Tika's parser module (its zip container detector) checks; tika-core
 * has only the magic, which cannot look inside. A macro-enabled document ({@code .docm}, another
 * content type), a template or a spreadsheet is not a .docx.
 *
 * <p>Bounded for hostile zips: at most {@link #MAX_ENTRIES} entries and {@link #MAX_INFLATED} bytes
 * inflated (a zip bomb stops there), {@code [Content_Types].xml} read up to {@link
 * #MAX_CONTENT_TYPES}; reading stops as soon as both the declaration and the part are seen, which
 * in a file Word wrote are the first entries.
 */
final class OfficeOpenXml {

  static final String CONTENT_TYPES = "[Content_Types].xml";
  static final String WORD_MAIN =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

  private static final int MAX_ENTRIES = 10_000;
  private static final long MAX_INFLATED = 128L << 20;
  private static final int MAX_CONTENT_TYPES = 256 << 10;

  private static final Pattern OVERRIDE = Pattern.compile("<(?:\\w+:)?Override\\b([^>]*)>");
  private static final Pattern ATTRIBUTE =
      Pattern.compile("\\b(PartName|ContentType)\\s*=\\s*([\"'])(.*?)\\2");

  private OfficeOpenXml() {}

  static boolean isWordDocument(byte[] zip) {
    Set<String> names = new HashSet<>();
    Optional<String> mainPart = null;
    long inflated = 0;
    byte[] buffer = new byte[8192];
    try (var in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        if (names.size() >= MAX_ENTRIES) {
          return false;
        }
        String name = partName(entry.getName());
        names.add(name);
        var kept =
            CONTENT_TYPES.toLowerCase(Locale.ROOT).equals(name) && mainPart == null
                ? new ByteArrayOutputStream()
                : null;
        int n;
        while ((n = in.read(buffer)) > 0) {
          inflated += n;
          if (inflated > MAX_INFLATED) {
            return false;
          }
          if (kept != null) {
            if (kept.size() + n > MAX_CONTENT_TYPES) {
              return false;
            }
            kept.write(buffer, 0, n);
          }
        }
        if (kept != null) {
          mainPart = wordMainPart(kept.toString(StandardCharsets.UTF_8));
        }
        if (mainPart != null && mainPart.isPresent() && names.contains(mainPart.get())) {
          return true;
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      // Not a zip Java can read (truncated, encrypted, an unsupported method): not a .docx.
      return false;
    }
    return false;
  }

  /** The part declared as the WordprocessingML main document, as a zip entry name. */
  static Optional<String> wordMainPart(String contentTypes) {
    Matcher override = OVERRIDE.matcher(contentTypes);
    while (override.find()) {
      String partName = null;
      String contentType = null;
      Matcher attribute = ATTRIBUTE.matcher(override.group(1));
      while (attribute.find()) {
        if (attribute.group(1).equals("PartName")) {
          partName = attribute.group(3);
        } else {
          contentType = attribute.group(3);
        }
      }
      if (WORD_MAIN.equals(contentType) && partName != null) {
        return Optional.of(partName(partName));
      }
    }
    return Optional.empty();
  }

  /** OPC part names compare case-insensitively, without the leading slash of the declaration. */
  private static String partName(String name) {
    return name.replaceFirst("^/", "").toLowerCase(Locale.ROOT);
  }
}
