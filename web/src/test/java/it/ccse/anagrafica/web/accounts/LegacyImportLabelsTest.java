package it.ccse.anagrafica.web.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.ccse.anagrafica.company.application.LegacyImportReport.Outcome;
import it.ccse.anagrafica.web.shared.PageLabels;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ON-7: every label of the legacy import page and its report tables is in both bundles. */
class LegacyImportLabelsTest {

  private static final List<String> PAGES =
      List.of("backoffice/operatori-storici.xhtml", "WEB-INF/includes/legacy-report.xhtml");

  @ParameterizedTest
  @ValueSource(strings = {"it", "en"})
  void everyLabelOfTheLegacyImportPageIsInTheBundle(String language) {
    var outcomes = Stream.of(Outcome.values()).map(o -> "legacyImport.outcome." + o).toList();
    assertEquals(
        List.of(),
        PageLabels.missing(
            language,
            PAGES,
            Path.of("src/main/java/it/ccse/anagrafica/web/accounts"),
            "legacy",
            outcomes));
  }
}
