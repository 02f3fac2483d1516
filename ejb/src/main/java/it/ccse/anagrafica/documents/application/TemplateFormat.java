package it.ccse.anagrafica.documents.application;

import it.ccse.anagrafica.documents.domain.FilledTemplate;

/**
 * The two forms a template is downloaded in (SE-5, OP-1): a PDF whose fields are filled in a
 * reader, or a DOCX for a word processor; each knows its media type and extension.
 */
public enum TemplateFormat {
  PDF("application/pdf", "pdf"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");

  private final String contentType;
  private final String extension;

  TemplateFormat(String contentType, String extension) {
    this.contentType = contentType;
    this.extension = extension;
  }

  public String contentType() {
    return contentType;
  }

  public String extension() {
    return extension;
  }

  /** The template printed in this format by {@code renderer}, named after it. */
  public TemplateFile print(TemplateRenderer renderer, FilledTemplate template) {
    byte[] content =
        switch (this) {
          case PDF -> renderer.pdf(template);
          case DOCX -> renderer.docx(template);
        };
    return new TemplateFile(template.fileName() + "." + extension, contentType, content);
  }
}
