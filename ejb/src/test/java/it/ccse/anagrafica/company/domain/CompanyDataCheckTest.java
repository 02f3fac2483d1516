package it.ccse.anagrafica.company.domain;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.ccse.anagrafica.file.domain.FileFixture;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * CD-1 (issue 14): "Dati societari" refuse, field by field, what the pages would not let through.
 */
class CompanyDataCheckTest {

  @Test
  void cd1TextsAreKeptStrippedAndComposed() {
    var data = CompanyDataFixture.complete();
    data.setRagioneSociale("  Universita\u0300 Srl ");
    data.setPhone(" 011 1234567 ");

    var normal = check(data);

    assertAll(
        () -> assertEquals("Università Srl", normal.getRagioneSociale()),
        () -> assertEquals("011 1234567", normal.getPhone()),
        () -> assertEquals("Via Garibaldi", normal.getStreet()));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ragioneSociale",
        "street",
        "streetNumber",
        "legalRepName",
        "legalRepSurname",
        "contactName",
        "contactSurname",
        "bankName"
      })
  void cd1FiveThousandCharactersAreRefusedOnTheirField(String field) {
    var data = CompanyDataFixture.complete();
    setter(field).accept(data, "x".repeat(5000));

    var refused = assertThrows(InvalidFieldException.class, () -> check(data));

    assertEquals(field, refused.field());
    assertEquals("validation.text.tooLong", refused.messageKey());
  }

  @Test
  void cd1AnEmojiInTheRagioneSocialeIsRefusedBeforeAnyPdf() {
    var data = CompanyDataFixture.complete();
    data.setRagioneSociale("Pizzeria 🍕 Da Mario");

    var refused = assertThrows(InvalidFieldException.class, () -> check(data));

    assertEquals("ragioneSociale", refused.field());
    assertEquals("validation.text.unprintable", refused.messageKey());
  }

  @ParameterizedTest
  @ValueSource(strings = {"phone", "contactPhone"})
  void defect9Cd1APhoneIsANumber(String field) {
    var data = CompanyDataFixture.complete();
    setter(field).accept(data, "CHIAMAMI");

    var refused = assertThrows(InvalidFieldException.class, () -> check(data));

    assertEquals(field, refused.field());
    assertEquals("validation.phone.format", refused.messageKey());
  }

  @Test
  void cd1TheCapBelongsToTheComune() {
    var data = CompanyDataFixture.complete();
    data.setCap("20121");

    var refused = assertThrows(InvalidFieldException.class, () -> check(data));

    assertEquals("cap", refused.field());
    assertEquals("validation.address.capNotOfComune", refused.messageKey());
  }

  @Test
  void cd1ADraftIsCheckedFieldByFieldEvenWithoutAComune() {
    var draft = new CompanyData();
    draft.setStreet("x".repeat(251));

    assertEquals("street", assertThrows(InvalidFieldException.class, () -> check(draft)).field());
  }

  private static CompanyData check(CompanyData data) {
    return CompanyDataCheck.normalised(data, FileFixture.TERRITORY, code -> true);
  }

  private static BiConsumer<CompanyData, String> setter(String field) {
    return switch (field) {
      case "ragioneSociale" -> CompanyData::setRagioneSociale;
      case "street" -> CompanyData::setStreet;
      case "streetNumber" -> CompanyData::setStreetNumber;
      case "legalRepName" -> (d, v) -> d.getLegalRepresentative().setName(v);
      case "legalRepSurname" -> (d, v) -> d.getLegalRepresentative().setSurname(v);
      case "contactName" -> (d, v) -> d.getContactPerson().setName(v);
      case "contactSurname" -> (d, v) -> d.getContactPerson().setSurname(v);
      case "bankName" -> (d, v) -> d.getBankAccount().setBankName(v);
      case "phone" -> CompanyData::setPhone;
      case "contactPhone" -> (d, v) -> d.getContactPerson().setPhone(v);
      default -> throw new IllegalArgumentException(field);
    };
  }
}
