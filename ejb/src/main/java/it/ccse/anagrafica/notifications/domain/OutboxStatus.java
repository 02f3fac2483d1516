package it.ccse.anagrafica.notifications.domain;

public enum OutboxStatus {
  /** Waiting for its (next) delivery attempt. */
  PENDING,
  SENT,
  /** Gave up after the last allowed attempt; shown to staff in "Posta inviata". */
  FAILED
}
