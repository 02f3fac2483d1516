package it.ccse.anagrafica.web.sectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.ccse.anagrafica.notifications.application.MailTemplate;
import it.ccse.anagrafica.sectors.domain.CorporateOperationState;
import it.ccse.anagrafica.sectors.domain.OperationDocument;
import it.ccse.anagrafica.sectors.domain.OperationKind;
import it.ccse.anagrafica.web.shared.PageLabels;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** OP-1, OP-2, AD-1: every label the corporate operations' pages show is in both bundles. */
class CorporateOperationLabelsTest {

  private static final List<String> PAGES =
      List.of(
          "area/settori/operazioni.xhtml",
          "area/settori/operazione.xhtml",
          "area/settori/index.xhtml",
          "index.xhtml",
          "backoffice/operazioni.xhtml",
          "WEB-INF/includes/sectors/operation-files.xhtml",
          "WEB-INF/templates/layout.xhtml");

  @ParameterizedTest
  @ValueSource(strings = {"it", "en"})
  void everyLabelOfTheCorporateOperationsPagesIsInTheBundle(String language) {
    var enumKeys =
        Stream.of(
                Stream.of(OperationKind.values()).map(OperationKind::labelKey),
                Stream.of(CorporateOperationState.values()).map(CorporateOperationState::labelKey),
                Stream.of(OperationDocument.values()).map(OperationDocument::labelKey),
                Stream.of(OperationDocument.values()).map(OperationDocument::missingKey),
                Stream.of(
                        MailTemplate.CORPORATE_OPERATION_HANDLED,
                        MailTemplate.CORPORATE_OPERATION_MORE_REQUESTED)
                    .map(t -> "notification." + t.name()))
            .flatMap(s -> s)
            .toList();
    assertEquals(
        List.of(),
        PageLabels.missing(
            language,
            PAGES,
            Path.of("src/main/java/it/ccse/anagrafica/web/sectors"),
            "corporateOperation",
            enumKeys));
    assertEquals(
        List.of(),
        PageLabels.missing(
            language,
            List.of(),
            Path.of("src/main/java/it/ccse/anagrafica/web/sectors"),
            "operationDesk",
            List.of()));
  }
}
