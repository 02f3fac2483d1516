package it.ccse.anagrafica.company.application;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.ccse.anagrafica.shared.domain.CodiceFiscale;
import it.ccse.anagrafica.shared.domain.Email;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import it.ccse.anagrafica.shared.domain.PartitaIva;
import it.ccse.anagrafica.shared.domain.Pec;
import org.junit.jupiter.api.Test;

/** ON-2 (issue 14): the registration keeps the limits of the page even when they are bypassed. */
class RegistrationTest {

  private static final String LONG = "x".repeat(5000);

  @Test
  void on2KeepsTheTextsInNormalForm() {
    var registration = registration(" Prova S.r.l. ", "Mario", " +39 011 1234567 ");

    assertAll(
        () -> assertEquals("Prova S.r.l.", registration.ragioneSociale()),
        () -> assertEquals("+39 011 1234567", registration.phone()));
  }

  @Test
  void defect8On2FiveThousandCharactersAreRefusedOnTheirField() {
    assertRefused(
        "ragioneSociale",
        "validation.text.tooLong",
        () -> registration(LONG, "Mario", "011 1234567"));
    assertRefused(
        "legalRepName",
        "validation.text.tooLong",
        () -> registration("Prova", LONG, "011 1234567"));
    assertRefused("phone", "validation.text.tooLong", () -> registration("Prova", "Mario", LONG));
  }

  @Test
  void defect5On2AnEmojiIsRefusedWhereItIsTyped() {
    assertRefused(
        "ragioneSociale",
        "validation.text.unprintable",
        () -> registration("Pizzeria 🍕 Da Mario", "Mario", "011 1234567"));
  }

  @Test
  void defect9On2ThePhoneIsANumber() {
    assertRefused(
        "phone", "validation.phone.format", () -> registration("Prova", "Mario", "011-CALLME"));
  }

  private static Registration registration(String ragioneSociale, String name, String phone) {
    return new Registration(
        ragioneSociale,
        CodiceFiscale.of("12345670017"),
        PartitaIva.of("12345670017"),
        "SRL",
        name,
        "Rossi",
        CodiceFiscale.of("RSSMRA85T10A562S"),
        Email.of("legale@example.org"),
        Pec.of("prova@pec.example.org"),
        phone,
        true);
  }

  private static void assertRefused(String field, String messageKey, Runnable registration) {
    var refused = assertThrows(InvalidFieldException.class, registration::run);
    assertEquals(field, refused.field());
    assertEquals(messageKey, refused.messageKey());
  }
}
