package it.ccse.anagrafica.practices.application.internal;

import it.ccse.anagrafica.company.application.CompanyOutcomes;
import it.ccse.anagrafica.company.application.CompanyOutcomes.Outcome;
import it.ccse.anagrafica.notifications.application.MailTemplate;
import it.ccse.anagrafica.practices.domain.Practice;
import it.ccse.anagrafica.practices.domain.Targets;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every state change of a practice reaches the company (RQ-1..RQ-3, AD-2): an e-mail through the
 * outbox (Italian and English), an in-account notification linking Stato pratiche, an audit record
 * — all in the caller's transaction.
 */
@Dependent
class PracticeOutcomes {

  static final String STATUS_PAGE = "/area/stato-pratiche.xhtml";

  @Inject private CompanyOutcomes outcomes;

  @Inject
  @ConfigProperty(name = "anagrafica.public-url")
  private String publicUrl;

  void tell(String actor, Practice practice, Targets targets, MailTemplate template) {
    var company = targets.company();
    String number = practice.getNumber().orElseThrow();
    var processing = practice.getProcessing();
    var values =
        Map.of(
            "number",
            number,
            "target",
            practice.getType().targetKind().name(targets, practice.getTarget()),
            "reason",
            processing.rejectionReason().orElse(""),
            "serial",
            processing.shippedSerial().orElse(""),
            "link",
            publicUrl + STATUS_PAGE);
    outcomes.tell(
        new Outcome(
            company.getId(),
            processing.createdBy(),
            template,
            values,
            processing.rejectionReason().orElse(number),
            STATUS_PAGE,
            actor,
            number,
            practice.getType().name()));
  }
}
