package it.ccse.anagrafica.shared.domain.lease;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** BA-5: a job's lease is short and renewed every third of its length. */
class LeaseTermsTest {

  @Test
  void ba5ALeaseTakenNowExpiresAfterItsLengthAndIsRenewedEveryThird() {
    var terms = LeaseTerms.ofSeconds(120);
    var now = LocalDateTime.of(2026, 3, 1, 2, 30);

    assertEquals(now.plusMinutes(2), terms.expiry(now));
    assertEquals(Duration.ofSeconds(40), terms.heartbeat());
  }

  @Test
  void ba5ALeaseTooShortToRenewIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> LeaseTerms.ofSeconds(2));
    assertThrows(IllegalArgumentException.class, () -> LeaseTerms.ofSeconds(0));
  }
}
