package it.ccse.anagrafica.shared.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bundles of i18n/validation have a text for every message key the value objects throw. */
class ValidationMessagesTest {

  // Surefire runs in the module's directory.
  private static final Path SOURCES = Path.of("src/main/java/it/ccse/anagrafica");
  // A literal ending in a dot is the prefix of the web bundle's labels (practice.type.), no key.
  private static final Pattern KEY =
      Pattern.compile(
          "\"((?:validation|file|changeSet|pin|price|obligation|legacyImport|registration|companyData|attachment|practice|pagopa|payment|adjustment|sector|ato)\\.[A-Za-z.]*[A-Za-z])\"");

  @Test
  void translatesEveryKey() {
    assertEquals(bundle("it").keySet(), bundle("en").keySet());
  }

  @ParameterizedTest
  @ValueSource(strings = {"it", "en"})
  void hasATextForEveryKeyInTheSources(String language) throws IOException {
    ResourceBundle bundle = bundle(language);

    Set<String> missing = new TreeSet<>(keysInSources());
    missing.removeAll(bundle.keySet());
    assertEquals(Set.of(), missing);
    for (String key : bundle.keySet()) {
      String text = bundle.getString(key);
      assertFalse(text.isBlank(), key);
      // A plain apostrophe would be an escape character for MessageFormat and vanish.
      assertFalse(text.contains("'"), key);
      assertDoesNotThrow(() -> MessageFormat.format(text, "X", 1), key);
    }
  }

  @Test
  void readsTheItalianTextsAsUtf8() {
    assertTrue(bundle("it").getString("validation.required").endsWith("è obbligatorio"));
    assertEquals(
        "L’IBAN può contenere solo lettere e cifre",
        MessageFormat.format(bundle("it").getString("validation.iban.characters"), new Object[0]));
  }

  private static ResourceBundle bundle(String language) {
    return ResourceBundle.getBundle(
        "i18n.validation",
        Locale.forLanguageTag(language),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  private static Set<String> keysInSources() throws IOException {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      return files
          .filter(file -> file.toString().endsWith(".java"))
          .flatMap(ValidationMessagesTest::keysIn)
          .collect(Collectors.toSet());
    }
  }

  private static Stream<String> keysIn(Path file) {
    try {
      Matcher matcher = KEY.matcher(Files.readString(file));
      return matcher.results().map(result -> result.group(1));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
