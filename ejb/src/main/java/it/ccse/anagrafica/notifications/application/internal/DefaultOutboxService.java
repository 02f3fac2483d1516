package it.ccse.anagrafica.notifications.application.internal;

import it.ccse.anagrafica.notifications.application.DeliveryReport;
import it.ccse.anagrafica.notifications.application.MailTemplate;
import it.ccse.anagrafica.notifications.application.OutboxEntry;
import it.ccse.anagrafica.notifications.application.OutboxService;
import it.ccse.anagrafica.notifications.domain.LinkDisclosure;
import it.ccse.anagrafica.notifications.domain.OutboxAttachment;
import it.ccse.anagrafica.notifications.domain.OutboxMessage;
import it.ccse.anagrafica.notifications.domain.OutboxRepository;
import it.ccse.anagrafica.notifications.domain.RetryPolicy;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@Stateless
public class DefaultOutboxService implements OutboxService {

  @Inject private OutboxRepository outbox;
  @EJB private OutboxCourier courier;
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

  @Inject
  @ConfigProperty(name = "anagrafica.dev.seed")
  private boolean demo;

  @Override
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void enqueue(String recipient, MailTemplate template, Map<String, String> values) {
    enqueue(recipient, template, values, List.of());
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void enqueue(
      String recipient,
      MailTemplate template,
      Map<String, String> values,
      List<OutboxAttachment> attachments) {
    String domain = java.net.URI.create(publicUrl).getHost();
    outbox.store(
        new OutboxMessage(
            recipient,
            template.subject(values),
            template.body(values),
            domain,
            LocalDateTime.now(clock),
            attachments));
  }

  @Override
  public void enqueueTestMessage(String recipient, String sender) {
    enqueue(recipient, MailTemplate.TEST_MESSAGE, Map.of("sender", sender, "url", publicUrl));
  }

  /** No transaction of its own: each message is delivered in one (see {@link OutboxCourier}). */
  @Override
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public DeliveryReport deliverDue() {
    var policy = new RetryPolicy(maxAttempts, Duration.ofSeconds(retryDelaySeconds));
    var report = DeliveryReport.NONE;
    for (int i = 0; i < batchSize; i++) {
      var outcome = courier.deliverNext(policy, disclosure());
      if (outcome.isEmpty()) {
        break;
      }
      report = report.plus(DeliveryReport.of(outcome.get()));
    }
    return report;
  }

  @Override
  public List<OutboxEntry> page(int first, int size) {
    return outbox.page(first, size).stream().map(m -> OutboxEntry.of(m, disclosure())).toList();
  }

  @Override
  public long count() {
    return outbox.count();
  }

  private LinkDisclosure disclosure() {
    return LinkDisclosure.of(demo);
  }
}
