package it.ccse.anagrafica.notifications.domain;

import java.time.LocalDateTime;
import java.util.List;

public interface OutboxRepository {

  void store(OutboxMessage message);

  /**
   * Locks up to {@code limit} due messages for the caller's transaction, skipping rows another
   * server has already locked, so two servers never deliver one message twice.
   */
  List<OutboxMessage> claimDue(LocalDateTime now, int limit);

  /** Newest first. */
  List<OutboxMessage> page(int first, int size);

  long count();
}
