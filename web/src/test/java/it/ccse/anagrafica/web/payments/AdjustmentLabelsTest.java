package it.ccse.anagrafica.web.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.ccse.anagrafica.notifications.application.MailTemplate;
import it.ccse.anagrafica.payments.domain.AdjustmentOperation;
import it.ccse.anagrafica.payments.domain.AdjustmentState;
import it.ccse.anagrafica.web.shared.PageLabels;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** AJ-1..AJ-3, AD-3: every label the adjustment pages show is in both bundles. */
class AdjustmentLabelsTest {

  private static final List<String> PAGES =
      List.of(
          "area/pagamenti/index.xhtml",
          "area/pagamenti/conguagli.xhtml",
          "area/pagamenti/conguaglio.xhtml",
          "area/pagamenti/utilizza-conguaglio.xhtml",
          "backoffice/conguagli.xhtml",
          "backoffice/motivazioni.xhtml",
          "WEB-INF/includes/payments/adjustment.xhtml",
          "WEB-INF/templates/layout.xhtml");

  @ParameterizedTest
  @ValueSource(strings = {"it", "en"})
  void everyLabelOfTheAdjustmentPagesIsInTheBundle(String language) {
    var enumKeys =
        Stream.of(
                Stream.of(AdjustmentState.values()).map(AdjustmentState::labelKey),
                Stream.of(AdjustmentOperation.Kind.values())
                    .map(AdjustmentOperation.Kind::labelKey),
                Stream.of(
                        MailTemplate.ADJUSTMENT_SUBMITTED,
                        MailTemplate.ADJUSTMENT_APPROVED,
                        MailTemplate.ADJUSTMENT_REJECTED,
                        MailTemplate.ADJUSTMENT_USED)
                    .map(t -> "notification." + t.name()))
            .flatMap(s -> s)
            .toList();
    assertEquals(
        List.of(),
        PageLabels.missing(
            language,
            PAGES,
            Path.of("src/main/java/it/ccse/anagrafica/web/payments"),
            "adjustment",
            enumKeys));
  }

  /** The manual's words (seed 003 §6.3), in English too, where the translation follows them. */
  @ParameterizedTest
  @ValueSource(strings = {"it", "en"})
  void theButtonsAndFieldsReadAsTheManualNamesThem(String language) {
    var bundle = ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag(language));
    for (var manual :
        List.of(
            "VAI AI CONGUAGLI",
            "INSERISCI CONGUAGLIO",
            "Data Richiesta",
            "Pratica(*)",
            "Motivazione della richiesta",
            "Totale versato pratica",
            "Importo dovuto pratica(*) (calcolato Sistri)",
            "Importo dovuto pratica(*) (calcolato Utente)",
            "Importo conguaglio (*)",
            "UTILIZZA CONGUAGLIO",
            "ASSOCIA CONGUAGLIO")) {
      assertTrue(
          bundle.keySet().stream()
              .filter(k -> k.startsWith("adjustment"))
              .anyMatch(k -> bundle.getString(k).startsWith(manual)),
          manual);
    }
  }
}
