package it.ccse.anagrafica.web.practices;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.ccse.anagrafica.practices.domain.DocumentKind;
import it.ccse.anagrafica.practices.domain.PracticeGroup;
import it.ccse.anagrafica.practices.domain.PracticeState;
import it.ccse.anagrafica.practices.domain.PracticeType;
import it.ccse.anagrafica.practices.domain.TargetKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * RQ-1..RQ-3, ST-1, AD-2: every label the practices pages show is in both bundles — the keys
 * written in the pages and those the domain's enums name.
 */
class PracticeLabelsTest {

  private static final Pattern KEY = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");

  /** The messages the beans add: messages.info(null, "practice.saved", …). */
  private static final Pattern MESSAGE = Pattern.compile("\"(practice[A-Za-z]*\\.[A-Za-z.]+)\"");

  private static final Path BEANS = Path.of("src/main/java/it/ccse/anagrafica/web/practices");

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
  void everyLabelOfThePracticesPagesIsInTheBundle(String language) throws IOException {
    var bundle = ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag(language));
    List<String> missing = new ArrayList<>();
    for (String key : keys()) {
      if (!bundle.containsKey(key)) {
        missing.add(key);
      }
    }
    assertEquals(List.of(), missing);
  }

  private static List<String> keys() throws IOException {
    List<String> keys = new ArrayList<>();
    for (String page : PAGES) {
      var matcher = KEY.matcher(Files.readString(Path.of("src/main/webapp", page)));
      while (matcher.find()) {
        keys.add(matcher.group(1));
      }
    }
    try (var beans = Files.list(BEANS)) {
      for (Path bean : beans.toList()) {
        var matcher = MESSAGE.matcher(Files.readString(bean));
        while (matcher.find()) {
          keys.add(matcher.group(1));
        }
      }
    }
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
