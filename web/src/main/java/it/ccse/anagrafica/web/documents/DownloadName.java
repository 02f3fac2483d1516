package it.ccse.anagrafica.web.documents;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The {@code Content-Disposition} of a download (RFC 6266): always {@code attachment}, with an
 * ASCII {@code filename} for old clients (anything else, quotes and backslashes become "_") and the
 * exact name as {@code filename*} in UTF-8 (RFC 8187), so no header can be broken or injected by a
 * name.
 */
final class DownloadName {

  private DownloadName() {}

  static String contentDisposition(String fileName) {
    String name = fileName == null || fileName.isBlank() ? "allegato" : fileName;
    return "attachment; filename=\"" + ascii(name) + "\"; filename*=UTF-8''" + encoded(name);
  }

  private static String ascii(String name) {
    var ascii = new StringBuilder();
    name.codePoints()
        .map(c -> c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? c : '_')
        .forEach(ascii::appendCodePoint);
    return ascii.toString();
  }

  /** RFC 8187 attr-char: URLEncoder's form, with spaces as %20 and nothing else left as is. */
  private static String encoded(String name) {
    return URLEncoder.encode(name, StandardCharsets.UTF_8)
        .replace("+", "%20")
        .replace("*", "%2A")
        .replace("%7E", "~");
  }
}
