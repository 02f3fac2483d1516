package it.ccse.anagrafica.file.domain.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.ccse.anagrafica.categories.domain.CategoryType;
import it.ccse.anagrafica.file.domain.FileFixture;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import org.junit.jupiter.api.Test;

/**
 * MD-3..MD-8, MD-12 (issue 14): what a user types into an operation is refused on its editor's
 * field when too long, unprintable, no phone number or a CAP of another comune.
 */
class OperationInputsTest {

  private static final String LONG = "x".repeat(5000);

  @Test
  void md3CompanyDataHaveTheLimitsOfDatiSocietari() {
    assertRefused("ragioneSociale", "validation.text.tooLong", company(LONG, "Mario", null, null));
    assertRefused("legalRepName", "validation.text.tooLong", company("Prova", LONG, null, null));
    assertRefused("contactName", "validation.text.tooLong", company("Prova", "Mario", LONG, null));
    assertRefused(
        "contactPhone", "validation.phone.format", company("Prova", "Mario", null, "CHIAMAMI"));
    assertRefused(
        "ragioneSociale",
        "validation.text.unprintable",
        company("Pizzeria 🍕 Da Mario", "Mario", null, null));

    var checked =
        (UpdateCompanyData) check(company(" Prova S.r.l. ", "Mario", " ", " 011 1234567"));
    assertEquals("Prova S.r.l.", checked.ragioneSociale());
    assertEquals(null, checked.contactName());
    assertEquals("011 1234567", checked.contactPhone());
  }

  @Test
  void md4TheOfficeMovesOnlyToACapOfItsComune() {
    assertRefused(
        "cap",
        "validation.address.capNotOfComune",
        new RelocateOffice("Via Roma", "1", "20121", "01", "TO", "001272"));
    assertRefused(
        "street",
        "validation.text.tooLong",
        new RelocateOffice(LONG, "1", "10121", "01", "TO", "001272"));

    var checked =
        (RelocateOffice)
            check(new RelocateOffice(" Via  Po ", " 3 ", "10124", "01", "to", "001272"));
    assertEquals(new RelocateOffice("Via Po", "3", "10124", "01", "TO", "001272"), checked);
  }

  @Test
  void md8AndMd12TheNamesOfALocalUnitAndItsTradeAssociation() {
    assertRefused("name", "validation.text.tooLong", new DescribeLocalUnit("unit-1", LONG, 3));
    assertRefused("name", "validation.text.tooLong", unit(LONG, "10124", null));
    assertRefused("tradeAssociation", "validation.text.tooLong", unit("Deposito", "10124", LONG));
    assertRefused("cap", "validation.address.capNotOfComune", unit("Deposito", "20121", null));
  }

  @Test
  void md5TheDescriptionOfACategory() {
    var details = new Details(null, null, null, null, null, null, LONG, null);

    assertRefused(
        "description",
        "validation.text.tooLong",
        new AddCategory("unit-1", "c1", CategoryType.MANAGEMENT, details));
    assertRefused(
        "description", "validation.text.tooLong", new ModifyCategory("cat-production", details));
  }

  @Test
  void md13ANewDelegatesNameIsRefusedOnItsOwnField() {
    assertRefused(
        "delegateName",
        "validation.text.tooLong",
        new AddDelegate("unit-1", "d1", LONG, "Neri", "NRENNA80A41L219K"));
    assertRefused(
        "delegateSurname",
        "validation.text.tooLong",
        new AddDelegate("unit-1", "d1", "Anna", LONG, "NRENNA80A41L219K"));
  }

  @Test
  void md7ContactsOnADeviceArePhoneNumbersAndAnEmail() {
    assertRefused(
        "phone",
        "validation.phone.format",
        new AssociateDelegate("dev-unit", "del-1", "011-CALLME", null, null));
    assertRefused(
        "fax",
        "validation.text.tooLong",
        new UpdateContacts("dev-unit", "del-1", null, LONG, null));

    assertEquals(
        new UpdateContacts("dev-unit", "del-1", "011 1234567", null, "a@example.org"),
        check(new UpdateContacts("dev-unit", "del-1", " 011 1234567 ", " ", "a@example.org")));
  }

  private static UpdateCompanyData company(
      String ragioneSociale, String legalRepName, String contactName, String contactPhone) {
    return new UpdateCompanyData(
        ragioneSociale,
        legalRepName,
        "Rossi",
        "RSSMRA85T10A562S",
        contactName,
        null,
        contactPhone,
        null,
        null);
  }

  private static AddLocalUnit unit(String name, String cap, String tradeAssociation) {
    return new AddLocalUnit(
        "u2", name, "Via Po", "9", cap, "01", "TO", "001272", 4, tradeAssociation);
  }

  private static Operation check(Operation operation) {
    return operation.checked(FileFixture.TERRITORY, code -> true);
  }

  private static void assertRefused(String field, String messageKey, Operation operation) {
    var refused = assertThrows(InvalidFieldException.class, () -> check(operation));
    assertEquals(field, refused.field());
    assertEquals(messageKey, refused.messageKey());
  }
}
