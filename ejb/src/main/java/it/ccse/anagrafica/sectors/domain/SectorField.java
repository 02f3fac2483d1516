package it.ccse.anagrafica.sectors.domain;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What CCSE compares of a sector with its last validated version (AD-1): each field as readable
 * text, in the order the queue lists the differences. The legal nature is kept as its bundle key
 * ({@link #coded()}), so the page shows it in the reader's language; every other value is a name
 * the company typed or CCSE maintains (type, services, ATOs), never a code.
 */
public enum SectorField {
  START_DATE,
  LEGAL_NATURE,
  TYPE,
  SERVICES,
  ATOS,
  BANK,
  NOTE,
  SELF_CERTIFICATION,
  CONTACTS;

  /** A field whose old and new text differ; a value absent on one side is empty. */
  public record Difference(SectorField field, String before, String after)
      implements Serializable {}

  /** The label of the web bundle, e.g. {@code sector.field.ATOS}. */
  public String labelKey() {
    return "sector.field." + name();
  }

  /** Whether the values are bundle keys rather than text. */
  public boolean coded() {
    return this == LEGAL_NATURE;
  }

  /**
   * The fields whose text changed from {@code before} (the last validated version; empty for a
   * sector never validated, whose every field is then new) to {@code after}.
   */
  public static List<Difference> differences(
      Map<SectorField, String> before, Map<SectorField, String> after) {
    var differences = new ArrayList<Difference>();
    for (var field : values()) {
      String old = before.getOrDefault(field, "");
      String now = after.getOrDefault(field, "");
      if (!Objects.equals(old, now)) {
        differences.add(new Difference(field, old, now));
      }
    }
    return differences;
  }
}
