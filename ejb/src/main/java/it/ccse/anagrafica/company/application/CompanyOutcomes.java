package it.ccse.anagrafica.company.application;

import it.ccse.anagrafica.notifications.application.MailTemplate;
import it.ccse.anagrafica.notifications.application.NotificationService;
import it.ccse.anagrafica.notifications.application.OutboxService;
import it.ccse.anagrafica.shared.application.AuditTrail;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * How CCSE's decision on something a company's user filed reaches the company (AD-1..AD-3, SPEC
 * "Validation by CCSE"): the template's e-mail to {@link CompanyRecipients} through the outbox, the
 * in-account notification {@code notification.<TEMPLATE>} and the audit record, all in the caller's
 * transaction.
 */
@Dependent
public class CompanyOutcomes {

  /**
   * One decision: the company and the author of what was decided on, the mail and its values, the
   * notification's text and page, who decided and what the audit names.
   */
  public record Outcome(
      long companyId,
      String author,
      MailTemplate template,
      Map<String, String> values,
      String notice,
      String page,
      String actor,
      String subject,
      String detail) {}

  @Inject private CompanyRecipients recipients;
  @EJB private OutboxService outbox;
  @EJB private NotificationService notifications;
  @EJB private AuditTrail audit;

  public void tell(Outcome outcome) {
    recipients
        .of(outcome.companyId(), outcome.author())
        .forEach(e -> outbox.enqueue(e, outcome.template(), outcome.values()));
    notifications.notifyCompany(
        outcome.companyId(),
        "notification." + outcome.template().name(),
        outcome.notice(),
        outcome.page());
    audit.recordFor(
        outcome.companyId(),
        outcome.actor(),
        outcome.template().name(),
        outcome.subject(),
        outcome.detail());
  }
}
