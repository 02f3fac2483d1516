package it.ccse.anagrafica.documents.domain;

import java.util.List;

/**
 * A template the operator downloads already filled with what the portal knows (SE-5 "scarica il
 * template", OP-1 the corporate operations' templates): a title and, in order, paragraphs of text
 * and fields. A field with a value is filled; one without is left for the operator. The same
 * content is printed as a PDF whose fields stay fillable and as a DOCX for a word processor; the
 * area that owns the template writes its words, the documents area only lays them out.
 *
 * @param fileName the download's name without extension, e.g. {@code autocertificazione-settore}
 */
public record FilledTemplate(String fileName, String title, List<Block> blocks) {

  public FilledTemplate {
    blocks = List.copyOf(blocks);
  }

  /** A part of the template's body. */
  public sealed interface Block permits Paragraph, Field {}

  /** Text the operator reads and signs, as is. */
  public record Paragraph(String text) implements Block {}

  /**
   * A field: {@code name} is the PDF form field's name (unique in the template), {@code value}
   * empty when the operator fills it, {@code lines} how many lines it offers (1 for a single line).
   */
  public record Field(String name, String label, String value, int lines) implements Block {}
}
