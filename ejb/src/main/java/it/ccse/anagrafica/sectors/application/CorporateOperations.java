package it.ccse.anagrafica.sectors.application;

import it.ccse.anagrafica.sectors.application.OperationViews.OperationView;
import it.ccse.anagrafica.sectors.application.OperationViews.TemplateFile;
import it.ccse.anagrafica.sectors.application.OperationViews.TemplateFormat;
import it.ccse.anagrafica.sectors.domain.OperationDocument;
import it.ccse.anagrafica.sectors.domain.OperationKind;
import java.io.InputStream;
import java.util.List;

/**
 * "Operazioni Societarie" for the caller's company (OP-1, OP-2), with the sectors' rule (SE-1):
 * only once CCSE has validated the company data ({@code OutOfScopeException} {@code
 * sector.companyNotValidated} before); everyone of the company reads, only the legal representative
 * changes ({@code sector.legalRepresentativeOnly}). Another company's operation reads as not found;
 * a change made on a version the caller no longer sees is a conflict.
 */
public interface CorporateOperations {

  /** SE-1: whether the page offers the operations; before that it says why. */
  boolean isAvailable(String username, String device);

  /** The company's operations, newest first, with state, dates, files and CCSE's message. */
  List<OperationView> list(String username, String device);

  OperationView find(String username, String device, String operationId);

  /** OP-1: the template of an operation filled with the company's data, as PDF or DOCX. */
  TemplateFile template(String username, String device, OperationKind kind, TemplateFormat format);

  /** A new communication of an operation of this kind, kept until sent or discarded. */
  OperationView create(String username, String device, OperationKind kind);

  /** Drops a draft never sent, with its files. */
  void discard(String username, String device, String operationId);

  /**
   * "Carica autocertificazione" / "Carica atto notarile", replacing a former file; the store checks
   * the type by content and the size limit of {@code AttachmentUse.CORPORATE_OPERATION}.
   */
  OperationView attach(
      String username,
      String device,
      String operationId,
      OperationDocument document,
      String fileName,
      InputStream content);

  /** Takes a file away before sending. */
  OperationView remove(
      String username, String device, String operationId, long version, OperationDocument document);

  /**
   * "Invia i file via mail" (OP-2): only with both files; queues an e-mail with both as attachments
   * to CCSE's mailbox ({@code anagrafica.ccse.mailbox}) and a receipt to the company, in the
   * transaction that records the operation as sent.
   */
  OperationView send(String username, String device, String operationId, long version);
}
