package it.ccse.anagrafica.documents.infrastructure.templates;

import it.ccse.anagrafica.documents.application.TemplateRenderer;
import it.ccse.anagrafica.documents.domain.FilledTemplate;
import it.ccse.anagrafica.documents.infrastructure.docx.TemplateDocx;
import it.ccse.anagrafica.documents.infrastructure.pdf.TemplatePdf;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A {@link FilledTemplate} as a fillable PDF ({@link TemplatePdf}) or a DOCX ({@link
 * TemplateDocx}).
 */
@ApplicationScoped
public class TemplateDocuments implements TemplateRenderer {

  @Inject private TemplatePdf pdf;
  @Inject private TemplateDocx docx;

  @Override
  public byte[] pdf(FilledTemplate template) {
    return pdf.render(template);
  }

  @Override
  public byte[] docx(FilledTemplate template) {
    return docx.render(template);
  }
}
