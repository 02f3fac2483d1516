package it.ccse.anagrafica.practices.application;

import it.ccse.anagrafica.practices.application.PracticeViews.PracticeDetails;
import it.ccse.anagrafica.practices.application.PracticeViews.PracticeReport;
import it.ccse.anagrafica.practices.application.PracticeViews.PracticeView;
import it.ccse.anagrafica.practices.domain.DocumentKind;
import it.ccse.anagrafica.practices.domain.PracticeGroup;
import it.ccse.anagrafica.practices.domain.PracticeTarget;
import it.ccse.anagrafica.practices.domain.PracticeType;
import java.io.InputStream;
import java.util.List;

/**
 * "Richieste" (RQ-1..RQ-3): the caller's practices from the menu to the signature. As in the file's
 * services, {@code device} is the device in use of a DELEGATE (its sites only), null for the legal
 * representative. Another company's practice reads as not found. A draft survives logout.
 */
public interface PracticeRequests {

  /** The types of a menu the caller may file now (none once the company has ceased). */
  List<PracticeType> offered(String username, String device, PracticeGroup group);

  /** The eligible targets of a type within the caller's scope. */
  List<PracticeTarget> targets(String username, String device, PracticeType type);

  /** "Crea Pratica": a draft on one eligible target. */
  PracticeView create(String username, String device, PracticeType type, String target);

  /** The caller's drafts, newest first. */
  List<PracticeView> drafts(String username, String device);

  PracticeView find(String username, String device, String practiceId);

  /** SALVA: keeps what was typed, refused with a message on the field (nothing half-saved). */
  PracticeView save(
      String username, String device, String practiceId, long version, PracticeDetails details);

  /** Attaches a document of a kind the type requires, checked by content and size. */
  PracticeView attach(
      String username,
      String device,
      String practiceId,
      DocumentKind kind,
      String fileName,
      InputStream content);

  PracticeView detach(String username, String device, String practiceId, String attachmentId);

  /** Discards a draft and its attachments. */
  void discard(String username, String device, String practiceId);

  /**
   * FIRMA: with the PIN, the draft is submitted (PRESENTATA): numbered, its cost frozen from the
   * price list, its report sealed; the company is notified.
   */
  PracticeView sign(String username, String device, String practiceId, long version, char[] pin);

  /** The sealed PDF report of a submitted practice. */
  PracticeReport report(String username, String device, String practiceId);
}
