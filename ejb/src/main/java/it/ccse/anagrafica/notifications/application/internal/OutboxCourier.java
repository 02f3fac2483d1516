package it.ccse.anagrafica.notifications.application.internal;

import it.ccse.anagrafica.notifications.domain.LinkDisclosure;
import it.ccse.anagrafica.notifications.domain.Mailer;
import it.ccse.anagrafica.notifications.domain.OutboxRepository;
import it.ccse.anagrafica.notifications.domain.OutboxStatus;
import it.ccse.anagrafica.notifications.domain.RetryPolicy;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers one outbox message in a transaction of its own: claim, send, mark. The row lock spans a
 * single SMTP call, and a crash between the send and the commit re-sends only that message, with
 * the same Message-ID (issue 15, finding 10).
 */
@Stateless
public class OutboxCourier {

  private static final Logger LOG = Logger.getLogger(OutboxCourier.class.getName());

  @Inject private OutboxRepository outbox;
  @Inject private Mailer mailer;
  @Inject private Clock clock;

  /** The state the oldest due message was left in, or empty when none is due. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<OutboxStatus> deliverNext(RetryPolicy policy, LinkDisclosure disclosure) {
    return outbox
        .claimNext(LocalDateTime.now(clock))
        .map(
            message -> {
              try {
                mailer.send(message);
                message.markSent(LocalDateTime.now(clock), disclosure);
              } catch (MessagingException e) {
                LOG.log(
                    Level.WARNING,
                    "Delivery of {0} failed: {1}",
                    new Object[] {message.getMessageId(), e});
                message.markFailed(LocalDateTime.now(clock), e.getMessage(), policy, disclosure);
              }
              return message.getStatus();
            });
  }
}
