package it.ccse.anagrafica.payments.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.ccse.anagrafica.shared.domain.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** SACI "Il codice di segregazione": 00 to 49 for a creditor's points of generation. */
class SegregationCodeTest {

  @ParameterizedTest
  @ValueSource(strings = {"00", "01", "22", "45", "49", " 02 "})
  void acceptsTheCodesAssignedToPointsOfGeneration(String raw) {
    assertEquals(raw.strip(), SegregationCode.of(raw).value());
  }

  @ParameterizedTest
  @CsvSource({
    "50, pagopa.segregationCode.range",
    "96, pagopa.segregationCode.range",
    "99, pagopa.segregationCode.range",
    "2, pagopa.segregationCode.digits",
    "022, pagopa.segregationCode.digits",
    "A2, pagopa.segregationCode.digits",
    "-1, pagopa.segregationCode.digits",
  })
  void refusesOtherCodes(String raw, String key) {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> SegregationCode.of(raw));
    assertEquals(key, e.messageKey(), raw);
  }

  @ParameterizedTest
  @NullAndEmptySource
  void requiresACode(String raw) {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> SegregationCode.of(raw));
    assertEquals("validation.required", e.messageKey());
  }
}
