package it.ccse.anagrafica.web.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.ccse.anagrafica.notifications.application.MailTemplate;
import it.ccse.anagrafica.payments.domain.PaymentMode;
import it.ccse.anagrafica.payments.domain.PaymentState;
import it.ccse.anagrafica.web.shared.PageLabels;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** PY-2..PY-4, AD-3: every label the payments pages show is in both bundles. */
class PaymentLabelsTest {

  private static final List<String> PAGES =
      List.of(
          "area/pagamenti/index.xhtml",
          "area/pagamenti/pagamento.xhtml",
          "backoffice/pagamenti.xhtml",
          "WEB-INF/includes/payments/allocations.xhtml",
          "WEB-INF/includes/payments/facts.xhtml");

  @ParameterizedTest
  @ValueSource(strings = {"it", "en"})
  void everyLabelOfThePaymentsPagesIsInTheBundle(String language) {
    var enumKeys =
        Stream.of(
                Stream.of(PaymentMode.values()).map(PaymentMode::labelKey),
                Stream.of(PaymentState.values()).map(PaymentState::labelKey),
                Stream.of(
                        MailTemplate.PAYMENT_SUBMITTED,
                        MailTemplate.PAYMENT_VERIFIED,
                        MailTemplate.PAYMENT_REJECTED)
                    .map(t -> "notification." + t.name()))
            .flatMap(s -> s)
            .toList();
    assertEquals(
        List.of(),
        PageLabels.missing(
            language,
            PAGES,
            Path.of("src/main/java/it/ccse/anagrafica/web/payments"),
            "(payment|contributions)",
            enumKeys));
  }
}
