package it.ccse.anagrafica.documents.domain;

import java.util.Optional;

/**
 * What an attachment is for, which sets its size limit: a configurable one ({@link #configKey()},
 * read by {@code documents.application.AttachmentLimits}) or one fixed by the manual. A later area
 * adds its own constant here.
 */
public enum AttachmentUse {
  /** RQ-1..RQ-3: documents of a practice (identity document, police report, deeds). */
  PRACTICE("anagrafica.attachments.max-bytes", 5L * 1024 * 1024),
  /** PY-3, AJ-2: the receipt of a payment, at most 500 KB (seed 003, "Inserisci pagamento"). */
  PAYMENT(null, 500L * 1024),
  /**
   * SE-5: a signed self-certification of an activity sector; the manual sets no limit, so it is the
   * practices' configurable one.
   */
  SELF_CERTIFICATION("anagrafica.attachments.max-bytes", 5L * 1024 * 1024),
  /**
   * OP-2: the filled self-certification and the notarial deed of a corporate operation, sent to
   * CCSE's mailbox as e-mail attachments; the manual sets no limit, so it is the practices' one.
   */
  CORPORATE_OPERATION("anagrafica.attachments.max-bytes", 5L * 1024 * 1024);

  private final String configKey;
  private final long defaultMaxBytes;

  AttachmentUse(String configKey, long defaultMaxBytes) {
    this.configKey = configKey;
    this.defaultMaxBytes = defaultMaxBytes;
  }

  /** The MicroProfile Config key that may change the limit; empty when the manual fixes it. */
  public Optional<String> configKey() {
    return Optional.ofNullable(configKey);
  }

  /** The limit when no configuration says otherwise (or always, without a key). */
  public long defaultMaxBytes() {
    return defaultMaxBytes;
  }

  /** The limit in force: the configured value where the use has a key, else the default. */
  public SizeLimit limit(Optional<Long> configured) {
    return new SizeLimit(configKey == null ? defaultMaxBytes : configured.orElse(defaultMaxBytes));
  }
}
