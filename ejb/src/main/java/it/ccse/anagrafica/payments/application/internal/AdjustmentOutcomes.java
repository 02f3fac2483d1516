package it.ccse.anagrafica.payments.application.internal;

import it.ccse.anagrafica.company.application.CompanyRecipients;
import it.ccse.anagrafica.notifications.application.MailTemplate;
import it.ccse.anagrafica.notifications.application.NotificationService;
import it.ccse.anagrafica.notifications.application.OutboxService;
import it.ccse.anagrafica.payments.application.AdjustmentViews.AdjustmentView;
import it.ccse.anagrafica.shared.application.AuditTrail;
import it.ccse.anagrafica.shared.domain.Money;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every step of an adjustment reaches the company (AJ-2, AJ-3, AD-3): an e-mail through the outbox
 * to the company and to who requested it, an in-account notification linking "Conguagli", an audit
 * record, all in the caller's transaction.
 */
@Dependent
class AdjustmentOutcomes {

  static final String LIST_PAGE = "/area/pagamenti/conguagli.xhtml";

  @Inject private CompanyRecipients recipients;
  @EJB private OutboxService outbox;
  @EJB private NotificationService notifications;
  @EJB private AuditTrail audit;

  @Inject
  @ConfigProperty(name = "anagrafica.public-url")
  private String publicUrl;

  /** The request signed, approved or rejected. */
  void tell(String actor, long companyId, AdjustmentView adjustment, MailTemplate template) {
    tell(actor, companyId, adjustment, template, adjustment.amount(), adjustment.practiceNumber());
  }

  /** A use signed: its amount and the renewal it paid. */
  void tellUse(
      String actor, long companyId, AdjustmentView adjustment, Money amount, String renewal) {
    tell(actor, companyId, adjustment, MailTemplate.ADJUSTMENT_USED, amount, renewal);
  }

  private void tell(
      String actor,
      long companyId,
      AdjustmentView adjustment,
      MailTemplate template,
      Money amount,
      String practice) {
    String reason = Objects.requireNonNullElse(adjustment.rejectionReason(), "");
    var values =
        Map.of(
            "amount",
            euros(amount),
            "practice",
            practice,
            "residual",
            euros(adjustment.residual()),
            "reason",
            reason,
            "link",
            publicUrl + LIST_PAGE);
    recipients
        .of(companyId, adjustment.createdBy())
        .forEach(e -> outbox.enqueue(e, template, values));
    notifications.notifyCompany(
        companyId,
        "notification." + template.name(),
        reason.isEmpty() ? euros(amount) + " € – " + practice : reason,
        LIST_PAGE);
    audit.record(actor, template.name(), adjustment.id(), amount + " " + practice);
  }

  /** "1.234,50", as the Italian text of the e-mail reads it. */
  private static String euros(Money amount) {
    return String.format(Locale.ITALY, "%,.2f", amount.amount());
  }
}
