package it.ccse.anagrafica.documents.domain;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A report as the portal prints it (MD-9 change report, VW-6 company report): a title, the document
 * identifier, heading facts, then sections of tables. Text only, so the renderer stays generic.
 */
public record TabularReport(
    String documentId,
    String title,
    LocalDateTime issuedAt,
    List<Fact> facts,
    List<Section> sections) {

  public record Fact(String label, String value) {}

  /** A titled table; a section without columns prints its rows as paragraphs. */
  public record Section(String title, List<String> columns, List<List<String>> rows) {

    public static Section text(String title, String... paragraphs) {
      return new Section(
          title, List.of(), java.util.Arrays.stream(paragraphs).map(List::of).toList());
    }
  }
}
