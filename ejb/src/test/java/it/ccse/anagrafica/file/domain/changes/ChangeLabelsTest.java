package it.ccse.anagrafica.file.domain.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** MD-9: every operation has its summary label, in Italian and English. */
class ChangeLabelsTest {

  @Test
  void md9EveryOperationIsNamedInBothLanguages() throws Exception {
    Set<String> keys =
        operationTypes(Operation.class)
            .flatMap(ChangeLabelsTest::source)
            .flatMap(
                source -> Pattern.compile("\"(change\\.[A-Za-z]+)\"").matcher(source).results())
            .map(r -> r.group(1))
            .collect(Collectors.toSet());

    assertEquals(keys, bundle("it").keySet());
    assertEquals(keys, bundle("en").keySet());
  }

  /** The operation interface and every type it permits, one source file each. */
  private static Stream<Class<?>> operationTypes(Class<?> type) {
    return Stream.concat(
        Stream.of(type),
        type.isSealed()
            ? Stream.of(type.getPermittedSubclasses()).flatMap(ChangeLabelsTest::operationTypes)
            : Stream.empty());
  }

  private static Stream<String> source(Class<?> type) {
    try {
      return Stream.of(
          Files.readString(
              Path.of(
                  "src/main/java/it/ccse/anagrafica/file/domain/changes/"
                      + type.getSimpleName()
                      + ".java")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ResourceBundle bundle(String language) {
    return ResourceBundle.getBundle(
        "i18n.changes",
        Locale.forLanguageTag(language),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
