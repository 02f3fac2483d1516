package it.ccse.anagrafica.notifications.infrastructure;

import it.ccse.anagrafica.notifications.application.OutboxService;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * Delivers the outbox every 10 seconds. Not persistent: each server runs its own timer and the SKIP
 * LOCKED claim keeps them from sending a message twice. A singleton never overlaps itself. No
 * transaction around the run: each message is delivered in one of its own.
 */
@Singleton
public class OutboxDeliveryTimer {

  @EJB private OutboxService outbox;

  @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void deliver() {
    outbox.deliverDue();
  }
}
