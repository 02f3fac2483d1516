package it.ccse.anagrafica.practices.application;

import it.ccse.anagrafica.practices.domain.DocumentKind;
import it.ccse.anagrafica.practices.domain.PracticeState;
import it.ccse.anagrafica.practices.domain.PracticeType;
import it.ccse.anagrafica.shared.domain.Address;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/** What the practices pages show and send (RQ-1..RQ-3, ST-1, AD-2): plain, serialisable values. */
public final class PracticeViews {

  private PracticeViews() {}

  /**
   * A practice as its owner and the back office see it; {@code version} guards every change. The
   * amount due is the frozen one once signed, before that today's price, shown before FIRMA; {@code
   * sampleAmount} when the price list's amount is still a sample.
   */
  public record PracticeView(
      String publicId,
      long version,
      String number,
      PracticeType type,
      PracticeState state,
      String target,
      String targetName,
      String newName,
      Address newAddress,
      Address shippingAddress,
      String recipient,
      boolean usbLost,
      String workshop,
      List<AttachmentLine> attachments,
      Set<DocumentKind> missingDocuments,
      BigDecimal amountDue,
      boolean sampleAmount,
      BigDecimal covered,
      boolean awaitingPayment,
      boolean cancellable,
      String companyName,
      String createdBy,
      LocalDateTime createdAt,
      String submittedBy,
      LocalDateTime submittedAt,
      String takenBy,
      LocalDateTime closedAt,
      String rejectionReason,
      String shippedSerial)
      implements Serializable {

    public boolean isDraft() {
      return state == PracticeState.DRAFT;
    }
  }

  /** One attached document: its kind, the stored file's id (for the download), name and SHA-256. */
  public record AttachmentLine(
      DocumentKind kind, String attachmentId, String fileName, String sha256)
      implements Serializable {}

  /**
   * What SALVA keeps of a draft, as typed: the new name and address of a transfer, the alternative
   * shipping address ("Specifica un indirizzo di spedizione diverso") and its recipient, the black
   * box's "Dispositivo USB perso" and workshop. Fields a type does not ask for are ignored; the
   * addresses come as typed ({@link Address#asRecorded}) and are checked by the service, each
   * failure on its field.
   */
  public record PracticeDetails(
      String newName,
      Address newAddress,
      boolean otherShipping,
      Address shippingAddress,
      String recipient,
      boolean usbLost,
      String workshop)
      implements Serializable {

    public static PracticeDetails none() {
      return new PracticeDetails(null, null, false, null, null, false, null);
    }
  }

  /** One line of "Stato pratiche" (ST-1) or of the back office's queue (AD-2). */
  public record PracticeRow(
      String publicId,
      long version,
      String number,
      PracticeType type,
      PracticeState state,
      String targetName,
      LocalDateTime submittedAt,
      String requester,
      String companyName,
      BigDecimal amountDue,
      boolean awaitingPayment,
      boolean cancellable)
      implements Serializable {}

  /**
   * A recent outcome the home page tells on every access (SPEC "Access-time notices"): a practice
   * rejected, with the reason, or a device shipped, with its serial.
   */
  public record PracticeOutcome(
      String number,
      PracticeType type,
      PracticeState state,
      String targetName,
      LocalDateTime closedAt,
      String rejectionReason,
      String shippedSerial)
      implements Serializable {}

  /** The filters of a practice list; null means any. */
  public record PracticeFilter(PracticeType type, PracticeState state) implements Serializable {

    public static PracticeFilter any() {
      return new PracticeFilter(null, null);
    }
  }

  /** A sealed PDF report, with the name it is downloaded under. */
  public record PracticeReport(String fileName, byte[] pdf) implements Serializable {}
}
