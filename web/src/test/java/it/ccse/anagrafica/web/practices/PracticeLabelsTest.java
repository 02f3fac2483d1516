package it.ccse.anagrafica.web.practices;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.ccse.anagrafica.practices.domain.DocumentKind;
import it.ccse.anagrafica.practices.domain.PracticeGroup;
import it.ccse.anagrafica.practices.domain.PracticeState;
import it.ccse.anagrafica.practices.domain.PracticeType;
import it.ccse.anagrafica.practices.domain.TargetKind;
import it.ccse.anagrafica.web.shared.PageLabels;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * RQ-1..RQ-3, ST-1, AD-2: every label the practices pages show is in both bundles — the keys
 * written in the pages and those the domain's enums name.
 */
class PracticeLabelsTest {

  private static final List<String> PAGES =
      List.of(
          "area/richieste/index.xhtml",
          "area/richieste/pratica.xhtml",
          "area/stato-pratiche.xhtml",
          "backoffice/pratiche.xhtml",
          "WEB-INF/includes/practices/details.xhtml",
          "WEB-INF/includes/practices/document.xhtml",
          "WEB-INF/includes/practices/facts.xhtml",
          "WEB-INF/includes/practices/filters.xhtml");

  @ParameterizedTest
  @ValueSource(strings = {"it", "en"})
  void everyLabelOfThePracticesPagesIsInTheBundle(String language) {
    assertEquals(
        List.of(),
        PageLabels.missing(
            language,
            PAGES,
            Path.of("src/main/java/it/ccse/anagrafica/web/practices"),
            "practice",
            enumKeys()));
  }

  private static List<String> enumKeys() {
    List<String> keys = new ArrayList<>();
    Stream.of(PracticeType.values()).map(PracticeType::labelKey).forEach(keys::add);
    Stream.of(PracticeGroup.values()).map(PracticeGroup::labelKey).forEach(keys::add);
    Stream.of(PracticeState.values()).map(PracticeState::labelKey).forEach(keys::add);
    Stream.of(DocumentKind.values()).map(DocumentKind::labelKey).forEach(keys::add);
    for (TargetKind kind : TargetKind.values()) {
      keys.add("practice.target." + kind);
      keys.add("practice.noTargets." + kind);
    }
    return keys;
  }
}
