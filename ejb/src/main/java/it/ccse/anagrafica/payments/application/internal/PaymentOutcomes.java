package it.ccse.anagrafica.payments.application.internal;

import it.ccse.anagrafica.company.application.CompanyOutcomes;
import it.ccse.anagrafica.company.application.CompanyOutcomes.Outcome;
import it.ccse.anagrafica.notifications.application.MailTemplate;
import it.ccse.anagrafica.payments.application.PaymentViews.AllocationView;
import it.ccse.anagrafica.payments.application.PaymentViews.PaymentView;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every state change of a payment reaches the company (PY-3, AD-3): an e-mail through the outbox to
 * the company and to who signed it, an in-account notification linking Lista Pagamenti, an audit
 * record, all in the caller's transaction.
 */
@Dependent
class PaymentOutcomes {

  static final String LIST_PAGE = "/area/pagamenti/index.xhtml";
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @Inject private CompanyOutcomes outcomes;

  @Inject
  @ConfigProperty(name = "anagrafica.public-url")
  private String publicUrl;

  void tell(String actor, long companyId, PaymentView payment, MailTemplate template) {
    String practices =
        payment.allocations().stream()
            .map(AllocationView::practice)
            .map(p -> p.number())
            .collect(Collectors.joining(", "));
    String reason = Objects.requireNonNullElse(payment.rejectionReason(), "");
    var values =
        Map.of(
            "amount",
            payment.amount().amount().toBigInteger().toString(),
            "date",
            DATE.format(payment.paidOn()),
            "practices",
            practices,
            "reason",
            reason,
            "link",
            publicUrl + LIST_PAGE);
    outcomes.tell(
        new Outcome(
            companyId,
            payment.createdBy(),
            template,
            values,
            reason.isEmpty() ? payment.amount() + " €" : reason,
            LIST_PAGE,
            actor,
            payment.id(),
            payment.amount().toString()));
  }
}
