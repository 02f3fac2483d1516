package it.ccse.anagrafica.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailTest {

  /** Valid examples of Wikipedia's "Email address" article (section Examples). */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "simple@example.com",
        "very.common@example.com",
        "x@example.com",
        "long.email-address-with-hyphens@and.subdomains.example.com",
        "user.name+tag+sorting@example.com",
        "name/surname@example.com",
        "example@s.example",
        "mailhost!username@example.org",
        "user%example.com@example.org",
        "user-@example.org"
      })
  void acceptsCommonAddresses(String raw) {
    assertEquals(raw, Email.of(raw).value());
  }

  @ParameterizedTest
  @CsvSource({
    // Wikipedia, "Email address": the domain is case-insensitive, the local part is not.
    "FirstName.LastName@EasierReading.org, FirstName.LastName@easierreading.org",
    "'  Mario.Rossi@Example.IT ', Mario.Rossi@example.it",
    "info@xn--caff-dsa.it, info@xn--caff-dsa.it",
    "info@example.xn--p1ai, info@example.xn--p1ai"
  })
  void lowersTheCaseOfTheDomainOnly(String raw, String value) {
    Email email = Email.of(raw);

    assertEquals(value, email.value());
    assertEquals(value.substring(value.indexOf('@') + 1), email.domain());
  }

  /**
   * Invalid examples of Wikipedia's "Email address" article, then valid ones that this pragmatic
   * check refuses on purpose: no TLD, quoted local parts, IP literals, Unicode domains.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "abc.example.com",
        "a@b@c@example.com",
        "a\"b(c)d,e:f;g<h>i[j\\k]l@example.com",
        "just\"not\"right@example.com",
        "this is\"not\\allowed@example.com",
        "this\\ still\\\"not\\\\allowed@example.com",
        "1234567890123456789012345678901234567890123456789012345678901234+x@example.com",
        "i.like.underscores@but_they_are_not_allowed_in_this_part",
        "john..doe@example.com",
        ".john@example.com",
        "john.@example.com",
        "john@-example.com",
        "john@example-.com",
        "john@example..com",
        "john@example.com.",
        "john@example.c",
        "@example.com",
        "john@",
        "admin@example",
        "\" \"@example.org",
        "postmaster@[123.123.123.123]",
        "info@caffè.it",
        "john@example.c0m",
        "john@example.xn--",
        "john@1.2.3.4",
        "john@example.it-",
        "jo hn@example.com"
      })
  void rejectsOtherSyntax(String raw) {
    assertKey("validation.email.format", raw);
  }

  @Test
  void limitsTheLengthTo254Characters() {
    String domain = "@" + "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(63) + ".it";
    String longest = "d".repeat(254 - domain.length()) + domain;

    assertEquals(longest, Email.of(longest).value());
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> Email.of("d" + longest));
    assertEquals("validation.email.length", e.messageKey());
    assertEquals(254, e.arguments()[0]);
  }

  @Test
  void limitsLabelsTo63Characters() {
    String label = "a".repeat(63);

    assertEquals("x@" + label + ".it", Email.of("x@" + label + ".it").value());
    assertEquals("x@a." + label, Email.of("x@a." + label).value());
    assertEquals("x@a.xn--" + "b".repeat(59), Email.of("x@a.xn--" + "b".repeat(59)).value());
    assertKey("validation.email.format", "x@a" + label + ".it");
    assertKey("validation.email.format", "x@a.a" + label);
    assertKey("validation.email.format", "x@a.xn--" + "b".repeat(60));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = " ")
  void requiresAValue(String raw) {
    assertKey("validation.required", raw);
  }

  @Test
  void isAValue() {
    assertEquals(Email.of("mario.rossi@example.it"), Email.of("mario.rossi@EXAMPLE.it"));
    assertEquals(
        Email.of("mario.rossi@example.it").hashCode(),
        Email.of("mario.rossi@EXAMPLE.it").hashCode());
    assertEquals("mario.rossi@example.it", Email.of("mario.rossi@example.it").toString());
  }

  private static void assertKey(String key, String raw) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Email.of(raw));
    assertEquals(key, e.messageKey(), raw);
  }
}
