package it.ccse.anagrafica.reconciliation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** BA-1: "stato attività" as extracts spell it. */
class ActivityStatusTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ATTIVA|ATTIVA",
        "' attiva '|ATTIVA",
        "IN LIQUIDAZIONE|IN_LIQUIDAZIONE",
        "'In_Liquidazione'|IN_LIQUIDAZIONE",
        "'in   liquidazione'|IN_LIQUIDAZIONE",
        "cessata|CESSATA",
      })
  void ba1ReadsAnyCaseAndSpacing(String text, ActivityStatus status) {
    assertEquals(Optional.of(status), ActivityStatus.of(text));
  }

  @ParameterizedTest
  @CsvSource({"ATTIVISSIMA", "IN", "''"})
  void ba1RefusesOtherWords(String text) {
    assertEquals(Optional.empty(), ActivityStatus.of(text));
  }
}
