package it.ccse.anagrafica.notifications.application.internal;

import it.ccse.anagrafica.notifications.application.DeliveryReport;
import it.ccse.anagrafica.notifications.application.MailTemplate;
import it.ccse.anagrafica.notifications.application.OutboxEntry;
import it.ccse.anagrafica.notifications.application.OutboxService;
import it.ccse.anagrafica.notifications.domain.OutboxMessage;
import it.ccse.anagrafica.notifications.domain.OutboxRepository;
import it.ccse.anagrafica.notifications.domain.OutboxStatus;
import it.ccse.anagrafica.notifications.domain.RetryPolicy;
import it.ccse.anagrafica.notifications.infrastructure.SmtpMailer;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@Stateless
public class DefaultOutboxService implements OutboxService {

  private static final Logger LOG = Logger.getLogger(DefaultOutboxService.class.getName());

  @Inject private OutboxRepository outbox;
  @Inject private SmtpMailer mailer;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "anagrafica.outbox.batch-size")
  private int batchSize;

  @Inject
  @ConfigProperty(name = "anagrafica.outbox.max-attempts")
  private int maxAttempts;

  @Inject
  @ConfigProperty(name = "anagrafica.outbox.retry-delay-seconds")
  private int retryDelaySeconds;

  @Inject
  @ConfigProperty(name = "anagrafica.public-url")
  private String publicUrl;

  @Override
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void enqueue(String recipient, MailTemplate template, Map<String, String> values) {
    String domain = java.net.URI.create(publicUrl).getHost();
    outbox.store(
        new OutboxMessage(
            recipient,
            template.subject(values),
            template.body(values),
            domain,
            LocalDateTime.now(clock)));
  }

  @Override
  public void enqueueTestMessage(String recipient, String sender) {
    enqueue(recipient, MailTemplate.TEST_MESSAGE, Map.of("sender", sender, "url", publicUrl));
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public DeliveryReport deliverDue() {
    var policy = new RetryPolicy(maxAttempts, Duration.ofSeconds(retryDelaySeconds));
    int sent = 0;
    int retried = 0;
    int failed = 0;
    for (OutboxMessage message : outbox.claimDue(LocalDateTime.now(clock), batchSize)) {
      try {
        mailer.send(message);
        message.markSent(LocalDateTime.now(clock));
        sent++;
      } catch (MessagingException e) {
        LOG.log(
            Level.WARNING, "Delivery of {0} failed: {1}", new Object[] {message.getMessageId(), e});
        message.markFailed(LocalDateTime.now(clock), e.getMessage(), policy);
        if (message.getStatus() == OutboxStatus.FAILED) {
          failed++;
        } else {
          retried++;
        }
      }
    }
    return new DeliveryReport(sent, retried, failed);
  }

  @Override
  public List<OutboxEntry> page(int first, int size) {
    return outbox.page(first, size).stream().map(OutboxEntry::of).toList();
  }

  @Override
  public long count() {
    return outbox.count();
  }
}
