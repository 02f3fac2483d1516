package it.ccse.anagrafica.notifications.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Outbox delivery rules: retry with exponential backoff, stable Message-ID, links. */
class OutboxMessageTest {

  private static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 22, 10, 0);
  private static final RetryPolicy POLICY = new RetryPolicy(3, Duration.ofMinutes(1));

  private static OutboxMessage message(String body) {
    return new OutboxMessage("a@example.org", "Oggetto", body, "anagrafica.example", T0);
  }

  @Test
  void retriesWithDoublingDelaysThenGivesUp() {
    var message = message("x");

    message.markFailed(T0, "connection refused", POLICY);
    assertEquals(OutboxStatus.PENDING, message.getStatus());
    assertEquals(T0.plusMinutes(1), message.getNextAttemptAt());

    message.markFailed(T0.plusMinutes(1), "connection refused", POLICY);
    assertEquals(T0.plusMinutes(3), message.getNextAttemptAt());

    message.markFailed(T0.plusMinutes(3), "connection refused", POLICY);
    assertEquals(OutboxStatus.FAILED, message.getStatus());
    assertEquals(3, message.getAttempts());
    assertEquals("connection refused", message.getLastError());
  }

  @Test
  void sentAfterARetryKeepsItsMessageId() {
    var message = message("x");
    String id = message.getMessageId();

    message.markFailed(T0, "timeout", POLICY);
    message.markSent(T0.plusMinutes(1));

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
        List.of("https://portale.example/attiva?t=abc", "http://x.example/help"), message.links());
  }
}
