package it.ccse.anagrafica.documents.domain;

import java.text.Normalizer;

/**
 * The name an uploaded file is kept and offered again under: what the browser sent, reduced to its
 * last path element (browsers of old sent the whole client path, an attacker sends "../"), without
 * control or format characters, with spaces collapsed and at most {@link #MAX_LENGTH} characters
 * (keeping the extension). Only shown and offered as a download name, never used as a path.
 */
public final class AttachmentFileName {

  public static final int MAX_LENGTH = 100;

  private static final String FALLBACK = "allegato";

  private AttachmentFileName() {}

  public static String sanitise(String submitted) {
    if (submitted == null) {
      return FALLBACK;
    }
    String name = Normalizer.normalize(submitted, Normalizer.Form.NFC);
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    StringBuilder kept = new StringBuilder();
    name.codePoints()
        .map(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) ? ' ' : c)
        .filter(c -> !Character.isISOControl(c))
        .filter(c -> Character.getType(c) != Character.FORMAT)
        .filter(c -> Character.getType(c) != Character.SURROGATE)
        .filter(c -> Character.getType(c) != Character.UNASSIGNED)
        .filter(c -> Character.getType(c) != Character.PRIVATE_USE)
        .forEach(kept::appendCodePoint);
    name = kept.toString().replaceAll(" {2,}", " ").strip();
    // "." and ".." name no file; leading dots would make a hidden file of a download.
    name = name.replaceFirst("^\\.+", "").strip();
    if (name.isEmpty()) {
      return FALLBACK;
    }
    return shortened(name);
  }

  /** Cut in the middle of the base name, so the extension stays. */
  private static String shortened(String name) {
    if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
      return name;
    }
    int dot = name.lastIndexOf('.');
    String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
    String base = name.substring(0, name.length() - extension.length());
    int keep = MAX_LENGTH - extension.codePointCount(0, extension.length());
    return base.substring(0, base.offsetByCodePoints(0, keep)).strip() + extension;
  }
}
