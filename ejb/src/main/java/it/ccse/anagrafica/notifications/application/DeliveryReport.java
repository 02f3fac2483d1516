package it.ccse.anagrafica.notifications.application;

import it.ccse.anagrafica.notifications.domain.OutboxStatus;

/** Counts of one delivery run, or of several added up (BA-3). */
public record DeliveryReport(int sent, int retried, int failed) {

  public static final DeliveryReport NONE = new DeliveryReport(0, 0, 0);

  /** One message, by the state its attempt left it in: still pending means a retry is due. */
  public static DeliveryReport of(OutboxStatus outcome) {
    return switch (outcome) {
      case SENT -> new DeliveryReport(1, 0, 0);
      case PENDING -> new DeliveryReport(0, 1, 0);
      case FAILED -> new DeliveryReport(0, 0, 1);
    };
  }

  public DeliveryReport plus(DeliveryReport other) {
    return new DeliveryReport(sent + other.sent, retried + other.retried, failed + other.failed);
  }

  /** Whether the run found nothing due. */
  public boolean isEmpty() {
    return equals(NONE);
  }

  public String summary() {
    return "inviati " + sent + ", da riprovare " + retried + ", falliti " + failed;
  }
}
