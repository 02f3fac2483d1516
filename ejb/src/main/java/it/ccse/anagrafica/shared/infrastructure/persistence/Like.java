package it.ccse.anagrafica.shared.infrastructure.persistence;

import java.util.Locale;

/** Search boxes: "contains, ignoring case" as a JPQL {@code like} pattern on lower-case text. */
public final class Like {

  private Like() {}

  /** Blank or null matches everything; wildcards typed by the user only widen the search. */
  public static String containing(String text) {
    return "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) + "%";
  }
}
