package it.ccse.anagrafica.payments.application.internal;

import it.ccse.anagrafica.company.domain.CompanyRepository;
import it.ccse.anagrafica.documents.application.PaymentNoticeRenderer;
import it.ccse.anagrafica.documents.domain.PaymentNoticeSheet;
import it.ccse.anagrafica.payments.application.PaymentNotices;
import it.ccse.anagrafica.payments.domain.Debtor;
import it.ccse.anagrafica.payments.domain.IssuedNotice;
import it.ccse.anagrafica.payments.domain.Iuv;
import it.ccse.anagrafica.payments.domain.PaymentNotice;
import it.ccse.anagrafica.payments.domain.PaymentRepository;
import it.ccse.anagrafica.payments.domain.SegregationCode;
import it.ccse.anagrafica.practices.domain.Practice;
import it.ccse.anagrafica.shared.domain.CodiceFiscale;
import it.ccse.anagrafica.shared.domain.FreeText;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ResourceBundle;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * PY-4: the notice of what a practice still needs, from the creditor's settings. A new amount gets
 * a new IUV (base from a sequence) and a due date some days ahead; the same amount its notice
 * again.
 */
@Stateless
public class DefaultPaymentNotices implements PaymentNotices {

  private static final ResourceBundle LABELS = ResourceBundle.getBundle("i18n.practices");

  @Inject private PaymentAccess access;
  @Inject private PracticeBalances balances;
  @Inject private PaymentRepository payments;
  @Inject private CompanyRepository companies;
  @Inject private PaymentNoticeRenderer renderer;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "anagrafica.pagopa.creditor-name")
  private String creditorName;

  @Inject
  @ConfigProperty(name = "anagrafica.pagopa.creditor-fiscal-code")
  private String creditorFiscalCode;

  @Inject
  @ConfigProperty(name = "anagrafica.pagopa.segregation-code")
  private String segregationCode;

  @Inject
  @ConfigProperty(name = "anagrafica.pagopa.due-days")
  private int dueDays;

  @Override
  public NoticePdf notice(String username, String device, String practiceId) {
    var caller = access.resolve(username, device);
    var practice = access.practice(caller, practiceId);
    var amount = balances.of(practice).stillNeeded();
    if (amount.isZero()) {
      throw new InvalidValueException("payment.notice.nothingDue");
    }
    var issued =
        payments
            .notice(practice.getId(), amount)
            .orElseGet(
                () -> {
                  var notice =
                      new IssuedNotice(
                          practice.getId(),
                          amount,
                          Iuv.of(SegregationCode.of(segregationCode), payments.nextIuvBase()),
                          LocalDate.now(clock).plusDays(dueDays),
                          LocalDateTime.now(clock));
                  payments.store(notice);
                  return notice;
                });
    var company = companies.find(caller.companyId()).orElseThrow();
    var notice =
        new PaymentNotice(
            CodiceFiscale.of(creditorFiscalCode),
            issued.noticeNumber(),
            issued.amount(),
            issued.getDueDate(),
            subject(practice),
            new Debtor(company.getRagioneSociale(), CodiceFiscale.of(company.getCodiceFiscale())));
    byte[] pdf =
        renderer.render(
            new PaymentNoticeSheet(
                creditorName,
                notice.creditorFiscalCode().value(),
                notice.debtor().name(),
                notice.debtor().fiscalCode().value(),
                null,
                notice.subject(),
                notice.amount(),
                notice.dueDate(),
                notice.noticeNumber().value(),
                notice.qrPayload().text()));
    return new NoticePdf("avviso-pagopa-" + notice.noticeNumber().value() + ".pdf", pdf);
  }

  /** "Pratica PR-2026-000123 Richiesta …", cut to the layout's 90 characters. */
  private static String subject(Practice practice) {
    String text =
        "Pratica "
            + practice.getNumber().orElseThrow()
            + " "
            + LABELS.getString(practice.getType().labelKey());
    return text.length() <= FreeText.NOTICE_SUBJECT.maxLength()
        ? text
        : text.substring(0, FreeText.NOTICE_SUBJECT.maxLength());
  }
}
