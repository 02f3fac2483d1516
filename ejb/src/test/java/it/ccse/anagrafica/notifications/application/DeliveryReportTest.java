package it.ccse.anagrafica.notifications.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.ccse.anagrafica.notifications.domain.OutboxStatus;
import org.junit.jupiter.api.Test;

/** BA-3: a run adds up its messages, each delivered on its own (issue 15 finding 10). */
class DeliveryReportTest {

  @Test
  void finding10aARunCountsEachMessageByTheStateItsAttemptLeftItIn() {
    var run =
        DeliveryReport.NONE
            .plus(DeliveryReport.of(OutboxStatus.SENT))
            .plus(DeliveryReport.of(OutboxStatus.SENT))
            .plus(DeliveryReport.of(OutboxStatus.PENDING))
            .plus(DeliveryReport.of(OutboxStatus.FAILED));

    assertEquals("inviati 2, da riprovare 1, falliti 1", run.summary());
  }
}
