package it.ccse.anagrafica.reconciliation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.ccse.anagrafica.reconciliation.application.RegisterExtract.Accepted;
import it.ccse.anagrafica.reconciliation.application.RegisterExtract.Entry;
import it.ccse.anagrafica.reconciliation.application.RegisterExtract.Rejected;
import it.ccse.anagrafica.reconciliation.domain.ActivityStatus;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** BA-1: the Business Register extract as docs/business-register-extract.md describes it. */
class RegisterExtractTest {

  private static final Set<String> COMUNI = Set.of("001272", "015146");
  private static final String HEADER =
      "codice_fiscale;partita_iva;denominazione;forma_giuridica;cciaa;rea;indirizzo;civico;cap;"
          + "comune_istat;pec;stato_attivita;data_iscrizione;data_cessazione;ateco;"
          + "legale_rappresentante_cf\n";
  private static final String GOOD =
      "12345670017;12345670017;Demo S.r.l.;SRL;to;1234567;Via Roma;3;10121;001272;"
          + "demo@pec.example.org;attiva;2010-03-15;;38.11.00;RSSMRA85T10A562S\n";

  private static List<Entry> read(String text) {
    try (var extract = RegisterExtract.open(new StringReader(text), COMUNI::contains)) {
      List<Entry> entries = new ArrayList<>();
      extract.forEachRemaining(entries::add);
      return entries;
    }
  }

  private static Rejected rejected(String line) {
    return assertInstanceOf(Rejected.class, read(HEADER + line).get(0));
  }

  @Test
  void ba1TheDocumentedExampleIsReadWhole() throws IOException {
    String example =
        Files.readString(
            Path.of("../docs/examples/registro-imprese-estratto.csv"), StandardCharsets.UTF_8);

    var entries = read(example);

    assertEquals(2, entries.size());
    var second = assertInstanceOf(Accepted.class, entries.get(1)).row();
    assertEquals(ActivityStatus.IN_LIQUIDAZIONE, second.status());
    assertEquals(LocalDate.of(2001, 5, 2), second.registeredOn());
  }

  @Test
  void ba1AGoodLineBecomesARowInStoredForm() {
    var entry = assertInstanceOf(Accepted.class, read(HEADER + GOOD).get(0));

    assertEquals(2, entry.line());
    assertEquals("TO", entry.row().cciaa());
    assertEquals(ActivityStatus.ATTIVA, entry.row().status());
    assertEquals(null, entry.row().ceasedOn());
    assertEquals("RSSMRA85T10A562S", entry.row().legalRepCodiceFiscale());
  }

  @Test
  void ba1EachKindOfBadLineIsReportedWithColumnAndReason() {
    assertEquals(
        "register.columnCount", rejected("12345670017;12345670017;Solo tre\n").reasonKey());
    var cf = rejected(GOOD.replace("12345670017;12345670017", "12345670018;12345670017"));
    assertEquals("codice_fiscale", cf.column());
    assertEquals("12345670018", cf.value());
    var comune = rejected(GOOD.replace(";001272;", ";999999;"));
    assertEquals("comune_istat", comune.column());
    assertEquals("register.unknownComune", comune.reasonKey());
    var date = rejected(GOOD.replace("2010-03-15", "2010-13-15"));
    assertEquals("data_iscrizione", date.column());
    assertEquals("register.badDate", date.reasonKey());
    assertEquals("register.badStatus", rejected(GOOD.replace(";attiva;", ";FALLITA;")).reasonKey());
    assertEquals(
        "register.ceasedBeforeRegistered",
        rejected(GOOD.replace("2010-03-15;;", "2010-03-15;01/01/2009;")).reasonKey());
    assertEquals("validation.required", rejected(GOOD.replace("Demo S.r.l.", "")).reasonKey());
  }

  @ParameterizedTest
  @CsvSource({"2012-02-29, 2012-02-29", "29/02/2012, 2012-02-29", "15/03/2010, 2010-03-15"})
  void ba1DatesAreReadInEitherForm(String written, LocalDate read) {
    var entry =
        assertInstanceOf(Accepted.class, read(HEADER + GOOD.replace("2010-03-15", written)).get(0));

    assertEquals(read, entry.row().registeredOn());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"2011-02-29", "2010-02-30", "2010-00-10", "2010-3-15", "20100315", "15.03.2010"})
  void ba1ImpossibleDatesAreRejected(String written) {
    assertEquals("register.badDate", rejected(GOOD.replace("2010-03-15", written)).reasonKey());
  }

  @Test
  void ba1LineNumbersAreThoseOfTheFileQuotedLineBreaksIncluded() {
    String twoLines = GOOD.replace("Demo S.r.l.", "\"Demo\nS.r.l.\"");

    var entries = read(HEADER + "\n" + twoLines + GOOD.replace(";attiva;", ";x;"));

    assertEquals(4, entries.get(0).line());
    assertEquals(5, entries.get(1).line());
  }

  @Test
  void ba1ResumingSkipsTheRecordsAlreadyRead() {
    try (var extract =
        RegisterExtract.open(
            new StringReader(HEADER + GOOD + GOOD.replace("Demo", "Seconda")), COMUNI::contains)) {
      var entry = assertInstanceOf(Accepted.class, extract.skip(1).next());

      assertEquals("Seconda S.r.l.", entry.row().denominazione());
    }
  }

  @Test
  void ba1AFileWithoutTheRequiredColumnsIsRefused() {
    var refused =
        assertThrows(
            InvalidFieldException.class,
            () -> read("codice_fiscale;denominazione\n12345670017;Demo\n"));

    assertEquals("register.missingColumns", refused.messageKey());
  }
}
