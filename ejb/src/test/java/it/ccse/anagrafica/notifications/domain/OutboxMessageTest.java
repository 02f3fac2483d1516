package it.ccse.anagrafica.notifications.domain;

import static it.ccse.anagrafica.notifications.domain.LinkDisclosure.DEMO;
import static it.ccse.anagrafica.notifications.domain.LinkDisclosure.RECIPIENT_ONLY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Outbox delivery rules: retry with exponential backoff, stable Message-ID, links, and personal
 * links read by their recipient only.
 */
class OutboxMessageTest {

  private static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 22, 10, 0);
  private static final RetryPolicy POLICY = new RetryPolicy(3, Duration.ofMinutes(1));
  private static final String ACTIVATION =
      "https://portale.example/attivazione.xhtml?token=s3Cr-t_";
  private static final String HELP = "https://portale.example/problemi-accesso.xhtml";
  private static final String WITH_TOKEN =
      "Attiva:\n" + ACTIVATION + "\n\nAiuto: " + HELP + ".\n---- English ----\n" + ACTIVATION;

  private static OutboxMessage message(String body) {
    return new OutboxMessage("a@example.org", "Oggetto", body, "anagrafica.example", T0);
  }

  @Test
  void retriesWithDoublingDelaysThenGivesUp() {
    var message = message("x");

    message.markFailed(T0, "connection refused", POLICY, RECIPIENT_ONLY);
    assertEquals(OutboxStatus.PENDING, message.getStatus());
    assertEquals(T0.plusMinutes(1), message.getNextAttemptAt());

    message.markFailed(T0.plusMinutes(1), "connection refused", POLICY, RECIPIENT_ONLY);
    assertEquals(T0.plusMinutes(3), message.getNextAttemptAt());

    message.markFailed(T0.plusMinutes(3), "connection refused", POLICY, RECIPIENT_ONLY);
    assertEquals(OutboxStatus.FAILED, message.getStatus());
    assertEquals(3, message.getAttempts());
    assertEquals("connection refused", message.getLastError());
  }

  @Test
  void sentAfterARetryKeepsItsMessageId() {
    var message = message("x");
    String id = message.getMessageId();

    message.markFailed(T0, "timeout", POLICY, RECIPIENT_ONLY);
    message.markSent(T0.plusMinutes(1), RECIPIENT_ONLY);

    assertEquals(OutboxStatus.SENT, message.getStatus());
    assertEquals(id, message.getMessageId());
    assertTrue(id.matches("<[0-9a-f-]{36}@anagrafica\\.example>"), id);
    assertNotEquals(id, message("x").getMessageId());
  }

  @Test
  void listsTheLinksOfItsBody() {
    var message =
        message("Attiva: https://portale.example/attiva?t=abc\nAiuto: http://x.example/help.");

    assertEquals(
        List.of("https://portale.example/attiva?t=abc", "http://x.example/help"),
        message.links(RECIPIENT_ONLY));
  }

  @Test
  void finding1StaffSeeNoPersonalLinkOutsideTheDemo() {
    var message = message(WITH_TOKEN);

    String shown = message.body(RECIPIENT_ONLY);
    assertFalse(shown.contains("token="), shown);
    assertEquals(
        "Attiva:\n"
            + OutboxMessage.PERSONAL_LINK_WITHHELD
            + "\n\nAiuto: "
            + HELP
            + ".\n---- English ----\n"
            + OutboxMessage.PERSONAL_LINK_WITHHELD,
        shown);
    assertEquals(List.of(HELP), message.links(RECIPIENT_ONLY));
    assertEquals(WITH_TOKEN, message.getBody(), "the recipient still gets the link");

    assertEquals(WITH_TOKEN, message.body(DEMO));
    assertEquals(List.of(ACTIVATION, HELP, ACTIVATION), message.links(DEMO));
  }

  @Test
  void finding1ADeliveredMessageNoLongerHoldsItsToken() {
    var message = message(WITH_TOKEN);
    String id = message.getMessageId();

    message.markSent(T0, RECIPIENT_ONLY);

    assertEquals(message.body(RECIPIENT_ONLY), message.getBody());
    assertFalse(message.getBody().contains("token="));
    assertTrue(message.getBody().contains(HELP));
    assertEquals(id, message.getMessageId());
    assertEquals("Oggetto", message.getSubject());
  }

  @Test
  void finding1AMessageKeepsItsTokenForItsRetriesAndLosesItWhenGivenUp() {
    var message = message(WITH_TOKEN);

    message.markFailed(T0, "timeout", POLICY, RECIPIENT_ONLY);
    assertEquals(WITH_TOKEN, message.getBody(), "the retry sends the same message");

    message.markFailed(T0.plusMinutes(1), "timeout", POLICY, RECIPIENT_ONLY);
    message.markFailed(T0.plusMinutes(3), "timeout", POLICY, RECIPIENT_ONLY);
    assertEquals(OutboxStatus.FAILED, message.getStatus());
    assertFalse(message.getBody().contains("token="));
  }

  @Test
  void finding1TheDemoKeepsDeliveredBodiesWhole() {
    var message = message(WITH_TOKEN);

    message.markSent(T0, DEMO);

    assertEquals(WITH_TOKEN, message.getBody());
  }

  @Test
  void op2AMessageCarriesTheStoredFilesItNamesInOrderAPlainOneNone() {
    var files = List.of(new OutboxAttachment(7L, "auto"), new OutboxAttachment(7L, "atto"));
    var message =
        new OutboxMessage("ccse@example.org", "Oggetto", "x", "anagrafica.example", T0, files);

    assertEquals(files, message.getAttachments());
    assertEquals(List.of(), message("x").getAttachments());
    message.markSent(T0, RECIPIENT_ONLY);
    assertEquals(files, message.getAttachments(), "kept with the delivered message");
  }
}
