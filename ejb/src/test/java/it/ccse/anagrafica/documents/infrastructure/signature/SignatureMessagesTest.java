package it.ccse.anagrafica.documents.infrastructure.signature;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import it.ccse.anagrafica.documents.domain.SignatureCheck;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SPEC CD-2: every outcome has a text for the operator, in Italian and in English. */
class SignatureMessagesTest {

  @ParameterizedTest
  @ValueSource(strings = {"it", "en"})
  void CD2_everyOutcomeHasAText(String language) {
    ResourceBundle bundle = bundle(language);
    Set<String> keys =
        Arrays.stream(SignatureCheck.values())
            .map(SignatureCheck::messageKey)
            .collect(Collectors.toSet());

    assertEquals(keys, bundle.keySet());
    for (String key : keys) {
      String text = bundle.getString(key);
      assertFalse(text.isBlank(), key);
      // A plain apostrophe would be an escape character for MessageFormat and vanish.
      assertFalse(text.contains("'"), key);
      assertEquals(text, assertDoesNotThrow(() -> MessageFormat.format(text, new Object[0]), key));
    }
  }

  @Test
  void CD2_italianTextsAreReadAsUtf8() {
    assertEquals(
        "La firma è stata apposta con un certificato non emesso da un’autorità riconosciuta",
        bundle("it").getString(SignatureCheck.UNTRUSTED.messageKey()));
  }

  private static ResourceBundle bundle(String language) {
    return ResourceBundle.getBundle(
        "i18n.signature",
        Locale.forLanguageTag(language),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
