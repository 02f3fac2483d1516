package it.ccse.anagrafica.registry.domain.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** MD-9: every operation has its summary label, in Italian and English. */
class ChangeLabelsTest {

  @Test
  void md9EveryOperationIsNamedInBothLanguages() throws Exception {
    String source =
        Files.readString(
            Path.of("src/main/java/it/ccse/anagrafica/registry/domain/changes/Operation.java"));
    Set<String> keys =
        Pattern.compile("\"(change\\.[A-Za-z]+)\"")
            .matcher(source)
            .results()
            .map(r -> r.group(1))
            .collect(Collectors.toSet());

    assertEquals(keys, bundle("it").keySet());
    assertEquals(keys, bundle("en").keySet());
  }

  private static ResourceBundle bundle(String language) {
    return ResourceBundle.getBundle(
        "i18n.changes",
        Locale.forLanguageTag(language),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
