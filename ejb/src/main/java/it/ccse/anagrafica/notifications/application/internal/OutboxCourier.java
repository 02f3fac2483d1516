package it.ccse.anagrafica.notifications.application.internal;

import it.ccse.anagrafica.documents.application.Attachments;
import it.ccse.anagrafica.notifications.domain.LinkDisclosure;
import it.ccse.anagrafica.notifications.domain.MailAttachment;
import it.ccse.anagrafica.notifications.domain.Mailer;
import it.ccse.anagrafica.notifications.domain.OutboxAttachment;
import it.ccse.anagrafica.notifications.domain.OutboxMessage;
import it.ccse.anagrafica.notifications.domain.OutboxRepository;
import it.ccse.anagrafica.notifications.domain.OutboxStatus;
import it.ccse.anagrafica.notifications.domain.RetryPolicy;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers one outbox message in a transaction of its own: claim, send, mark. The row lock spans a
 * single SMTP call, and a crash between the send and the commit re-sends only that message, with
 * the same Message-ID (issue 15, finding 10). The files a message carries (OP-2) are read from the
 * attachment store here, at delivery, not when it was queued.
 */
@Stateless
public class OutboxCourier {

  private static final Logger LOG = Logger.getLogger(OutboxCourier.class.getName());

  @Inject private OutboxRepository outbox;
  @Inject private Mailer mailer;
  @Inject private Clock clock;
  @EJB private Attachments store;

  /** The state the oldest due message was left in, or empty when none is due. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<OutboxStatus> deliverNext(RetryPolicy policy, LinkDisclosure disclosure) {
    return outbox
        .claimNext(LocalDateTime.now(clock))
        .map(
            message -> {
              try {
                mailer.send(message, files(message));
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

  /**
   * The message's files as stored now; one no longer stored fails the attempt (it is retried, then
   * given up), as the mail server refusing it would.
   */
  private List<MailAttachment> files(OutboxMessage message) throws MessagingException {
    List<MailAttachment> files = new ArrayList<>();
    for (OutboxAttachment a : message.getAttachments()) {
      if (store.find(a.companyId(), a.attachmentId()).isEmpty()) {
        throw new MessagingException("attachment " + a.attachmentId() + " is no longer stored");
      }
      var content = store.content(a.companyId(), a.attachmentId());
      files.add(
          new MailAttachment(
              content.view().fileName(), content.view().mediaType(), content.bytes()));
    }
    return files;
  }
}
