package it.ccse.anagrafica.web.sectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.ccse.anagrafica.sectors.domain.LegalNature;
import it.ccse.anagrafica.sectors.domain.SectorField;
import it.ccse.anagrafica.sectors.domain.SectorState;
import it.ccse.anagrafica.web.shared.PageLabels;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SE-2..SE-8, CO-1, BK-1: every label the sectors pages show is in both bundles. */
class SectorLabelsTest {

  private static final List<String> PAGES =
      List.of(
          "area/settori/index.xhtml",
          "area/settori/settore.xhtml",
          "area/settori/contatti.xhtml",
          "area/settori/banche.xhtml",
          "backoffice/settori.xhtml",
          "backoffice/ato.xhtml",
          "backoffice/tipologie-settori.xhtml",
          "WEB-INF/tags/sector-new-version.xhtml",
          "index.xhtml",
          "WEB-INF/templates/layout.xhtml");

  /** What ActivitySector.missing() names, each shown as a sentence. */
  private static final List<String> MISSING =
      List.of(
          "sector.missing.saved",
          "sector.missing.ato",
          "sector.missing.contact",
          "sector.missing.selfCertification");

  @ParameterizedTest
  @ValueSource(strings = {"it", "en"})
  void everyLabelOfTheSectorsPagesIsInTheBundle(String language) {
    var enumKeys =
        Stream.of(
                Stream.of(LegalNature.values()).map(LegalNature::labelKey),
                Stream.of(SectorState.values()).map(SectorState::labelKey),
                Stream.of(SectorField.values()).map(SectorField::labelKey),
                MISSING.stream())
            .flatMap(s -> s)
            .toList();
    assertEquals(
        List.of(),
        PageLabels.missing(
            language,
            PAGES,
            Path.of("src/main/java/it/ccse/anagrafica/web/sectors"),
            "sector",
            enumKeys));
  }
}
