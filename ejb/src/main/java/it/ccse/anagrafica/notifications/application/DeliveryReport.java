package it.ccse.anagrafica.notifications.application;

/** Counts of one delivery run, or of several added up (BA-3). */
public record DeliveryReport(int sent, int retried, int failed) {

  public static final DeliveryReport NONE = new DeliveryReport(0, 0, 0);

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
