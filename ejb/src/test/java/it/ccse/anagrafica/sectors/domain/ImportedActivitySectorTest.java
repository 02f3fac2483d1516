package it.ccse.anagrafica.sectors.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.ccse.anagrafica.shared.domain.BankAccount;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** ON-7 with SE-2, SE-3, CO-1, BK-1: a sector of the legacy registry comes in validated. */
class ImportedActivitySectorTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 5, 4, 10, 0);
  private static final LocalDate SINCE = LocalDate.of(2000, 1, 1);
  private static final SectorType WATER =
      SectorType.of(
          "SERVIZIO_IDRICO",
          "Servizio idrico integrato",
          true,
          new SectorService("ACQUEDOTTO", "Acquedotto"),
          new SectorService("FOGNATURA", "Fognatura"),
          new SectorService("DEPURAZIONE", "Depurazione"));
  private static final SectorType GAS =
      SectorType.of("GAS_NATURALE", "Gas naturale", false, new SectorService("VENDITA", "Vendita"));
  private static final Ato TORINESE = Ato.of("01", "PIE-3", "ATO 3 Torinese", SINCE, null);
  private static final Ato MILANO = Ato.of("03", "LOM-MI", "ATO Milano", SINCE, null);
  private static final Ato ENDED =
      Ato.of("01", "PIE-OLD", "ATO soppresso", SINCE, LocalDate.of(2020, 12, 31));
  private static final String IBAN = "IT75X0306909606100000063018";

  private static ActivitySector water(List<ChosenAto> atos, String iban, String bank) {
    return ActivitySector.imported(
        7L,
        " S-1 ",
        LocalDate.of(2010, 1, 1),
        LegalNature.SOCIETA_DI_CAPITALI,
        WATER,
        List.of("ACQUEDOTTO", "FOGNATURA"),
        atos,
        iban,
        bank,
        "dall’archivio",
        "staff.rossi",
        NOW);
  }

  private static List<ChosenAto> twoRegions() {
    return List.of(
        new ChosenAto("ACQUEDOTTO", TORINESE),
        new ChosenAto("ACQUEDOTTO", MILANO),
        new ChosenAto("FOGNATURA", TORINESE));
  }

  @Test
  void on7AnImportedSectorIsValidatedByTheStaffMemberWithoutSelfCertification() {
    var sector = water(twoRegions(), "IT75 X030 6909 6061 0000 0063 018", "Banca del settore");

    assertEquals(SectorState.VALIDATED, sector.getState());
    assertEquals("staff.rossi", sector.getCheckedBy());
    assertEquals(Optional.of("S-1"), sector.legacyKey());
    assertEquals(Optional.empty(), sector.selfCertification());
    assertEquals(List.of("ACQUEDOTTO", "FOGNATURA"), sector.getServices());
    assertEquals(3, sector.getAtos().size());
    assertEquals(BankAccount.of(IBAN, "Banca del settore"), sector.bank(new BankAccount()));
    assertTrue(sector.getState().isEditable(), "changed later as a new version (AD-1)");
    assertFalse(sector.isValidatable(), "nothing to send until changed");
  }

  @Test
  void on7TheVersionTheLegacyRegistryValidatedIsWhatLaterChangesAreComparedWith() {
    var sector = water(twoRegions(), null, null);
    var summary = Map.of(SectorField.TYPE, "Servizio idrico integrato");

    sector.importedAs(summary);

    assertEquals(summary, sector.lastValidated());
    sector.resetBank();
    assertEquals(SectorState.SAVED, sector.getState());
    assertEquals(summary, sector.lastValidated());
    assertThrows(
        InvalidValueException.class, () -> sector.importedAs(summary), "no longer as imported");
    var own = ActivitySector.draft(1L, "op", LocalDateTime.of(2026, 12, 7, 10, 0));
    assertThrows(InvalidValueException.class, () -> own.importedAs(summary), "not imported");
  }

  @Test
  void on7WithoutItsOwnBankItIsPaidOnTheCompanysAccount() {
    var sector = water(twoRegions(), null, " ");

    assertFalse(sector.hasOwnBank());
  }

  @Test
  void on7ABankNameWithoutIbanOrAnIbanWithoutBankIsRefused() {
    assertEquals("iban", field(() -> water(twoRegions(), null, "Banca")));
    assertEquals("bankName", field(() -> water(twoRegions(), IBAN, null)));
    assertEquals("iban", field(() -> water(twoRegions(), "IT00X0306909606100000063018", "Banca")));
  }

  @Test
  void on7TheSectorsRulesApplyAsOnThePage() {
    assertEquals(
        "sector.ato.required",
        key(() -> water(List.of(new ChosenAto("ACQUEDOTTO", TORINESE)), null, null)));
    assertEquals(
        "sector.ato.notValid",
        key(
            () ->
                water(
                    List.of(
                        new ChosenAto("ACQUEDOTTO", ENDED), new ChosenAto("FOGNATURA", TORINESE)),
                    null,
                    null)));
    assertEquals(
        "sector.ato.serviceNotChosen",
        key(
            () ->
                water(
                    List.of(
                        new ChosenAto("ACQUEDOTTO", TORINESE),
                        new ChosenAto("FOGNATURA", TORINESE),
                        new ChosenAto("DEPURAZIONE", TORINESE)),
                    null,
                    null)));
    assertEquals(
        "sector.startDate.future",
        key(
            () ->
                ActivitySector.imported(
                    7L,
                    "G-1",
                    NOW.toLocalDate().plusDays(1),
                    LegalNature.ALTRO,
                    GAS,
                    List.of("VENDITA"),
                    List.of(),
                    null,
                    null,
                    null,
                    "staff",
                    NOW)));
    assertEquals(
        "sector.ato.waterOnly",
        key(
            () ->
                ActivitySector.imported(
                    7L,
                    "G-1",
                    SINCE,
                    LegalNature.ALTRO,
                    GAS,
                    List.of("VENDITA"),
                    List.of(new ChosenAto("VENDITA", TORINESE)),
                    null,
                    null,
                    null,
                    "staff",
                    NOW)));
  }

  @Test
  void on7TheLegacyKeyIsRequiredAndPlain() {
    assertEquals("legacyKey", field(() -> importedGas(" ")));
    assertEquals("legacyImport.key", key(() -> importedGas("chiave con spazi")));
    assertEquals("legacyImport.key", key(() -> importedGas("x".repeat(41))));
  }

  @Test
  void on7ContactsOfTheLegacyRegistryAreAddedOnceToAnImportedSector() {
    var sector = importedGas("G-1");
    var contact = SectorContact.of("Anna", "Bianchi", "Referente", "011 555 1234", null);

    assertTrue(sector.addImportedContact(contact));
    assertFalse(
        sector.addImportedContact(
            SectorContact.of(" Anna ", "Bianchi", "Referente", "011 555 1234", null)),
        "the same person again");
    assertTrue(
        sector.addImportedContact(
            SectorContact.of("Anna", "Bianchi", "Referente", null, "anna@example.org")));
    assertEquals(2, sector.getContacts().size());
    assertEquals(SectorState.VALIDATED, sector.getState());
  }

  @Test
  void on7OnlyAnImportedSectorTakesContactsOfTheLegacyRegistry() {
    var draft = ActivitySector.draft(7L, "op", NOW);

    assertThrows(
        InvalidValueException.class,
        () -> draft.addImportedContact(SectorContact.of("A", "B", "C", null, "a@example.org")));
  }

  private static ActivitySector importedGas(String key) {
    return ActivitySector.imported(
        7L,
        key,
        SINCE,
        LegalNature.ALTRO,
        GAS,
        List.of("VENDITA"),
        List.of(),
        null,
        null,
        null,
        "staff",
        NOW);
  }

  private static String field(Runnable action) {
    return assertThrows(InvalidFieldException.class, action::run).field();
  }

  private static String key(Runnable action) {
    return assertThrows(InvalidValueException.class, action::run).messageKey();
  }
}
