package it.ccse.anagrafica.notifications.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

public interface OutboxRepository {

  void store(OutboxMessage message);

  /**
   * Locks the oldest due message for the caller's transaction, skipping rows another server has
   * already locked, so two servers never deliver one message twice.
   */
  Optional<OutboxMessage> claimNext(LocalDateTime now);

  /** Newest first. */
  List<OutboxMessage> page(int first, int size);

  long count();
}
