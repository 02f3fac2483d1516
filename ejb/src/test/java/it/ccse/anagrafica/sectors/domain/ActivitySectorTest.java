package it.ccse.anagrafica.sectors.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.ccse.anagrafica.shared.domain.BankAccount;
import it.ccse.anagrafica.shared.domain.ConflictException;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import it.ccse.anagrafica.shared.domain.NotFoundException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** SE-2..SE-8, CO-1, BK-1: the rules of an activity sector. */
class ActivitySectorTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 5, 4, 10, 0);
  private static final LocalDate TODAY = NOW.toLocalDate();
  private static final SectorType WATER =
      SectorType.of(
          "SERVIZIO_IDRICO",
          "Servizio idrico integrato",
          true,
          new SectorService("ACQUEDOTTO", "Acquedotto"),
          new SectorService("FOGNATURA", "Fognatura"),
          new SectorService("DEPURAZIONE", "Depurazione"));
  private static final SectorType GAS =
      SectorType.of(
          "GAS_NATURALE",
          "Gas naturale",
          false,
          new SectorService("DISTRIBUZIONE", "Distribuzione"),
          new SectorService("VENDITA", "Vendita"));
  private static final LocalDate SINCE = LocalDate.of(2000, 1, 1);
  private static final Ato TORINESE = Ato.of("01", "PIE-3", "ATO 3 Torinese", SINCE, null);
  private static final Ato MILANO = Ato.of("03", "LOM-MI", "ATO Milano", SINCE, null);
  private static final Ato ENDED =
      Ato.of("01", "PIE-OLD", "ATO soppresso", SINCE, LocalDate.of(2020, 12, 31));
  private static final BankAccount COMPANY =
      BankAccount.of("IT60X0542811101000000123456", "Banca della società");

  private static ActivitySector draft() {
    return ActivitySector.draft(1L, "op", NOW);
  }

  /** A water sector with acquedotto in Torino and Milano, fognatura in Torino. */
  private static ActivitySector water() {
    var sector = draft();
    sector.describe(
        LocalDate.of(2010, 1, 1),
        LegalNature.SOCIETA_DI_CAPITALI,
        WATER,
        List.of("ACQUEDOTTO", "FOGNATURA"),
        List.of(
            new ChosenAto("ACQUEDOTTO", TORINESE),
            new ChosenAto("ACQUEDOTTO", MILANO),
            new ChosenAto("FOGNATURA", TORINESE)),
        " per CCSE ",
        TODAY,
        NOW);
    return sector;
  }

  private static SectorContact contact() {
    return SectorContact.of("Anna", "Bianchi", "Responsabile tecnico", null, "anna@example.org");
  }

  private static ActivitySector complete() {
    var sector = water();
    sector.addContact(contact());
    sector.attach(new SelfCertification("a-1", "autocertificazione.pdf"));
    return sector;
  }

  private static void refused(String field, String key, Executable change) {
    var refused = assertThrows(InvalidFieldException.class, change);
    assertEquals(field, refused.field());
    assertEquals(key, refused.messageKey());
  }

  @Test
  void se2AWaterSectorIsSavedWithEachServiceAndItsAtos() {
    var sector = water();

    assertEquals(SectorState.SAVED, sector.getState());
    assertEquals(List.of("ACQUEDOTTO", "FOGNATURA"), sector.getServices());
    assertEquals(
        List.of(
            new SectorAto("ACQUEDOTTO", "PIE-3"),
            new SectorAto("ACQUEDOTTO", "LOM-MI"),
            new SectorAto("FOGNATURA", "PIE-3")),
        sector.getAtos());
    assertEquals("per CCSE", sector.getNote());
    assertTrue(sector.servicesFixed());
  }

  @Test
  void se2TheStartDateIsRequiredAndNotInTheFuture() {
    refused(
        "startDate",
        "sector.startDate.future",
        () ->
            draft()
                .describe(
                    TODAY.plusDays(1),
                    LegalNature.CONSORZIO,
                    GAS,
                    List.of("VENDITA"),
                    List.of(),
                    null,
                    TODAY,
                    NOW));
    refused(
        "startDate",
        "validation.required",
        () ->
            draft()
                .describe(
                    null,
                    LegalNature.CONSORZIO,
                    GAS,
                    List.of("VENDITA"),
                    List.of(),
                    null,
                    TODAY,
                    NOW));
    var today = draft();
    today.describe(
        TODAY, LegalNature.CONSORZIO, GAS, List.of("VENDITA"), List.of(), null, TODAY, NOW);
    assertEquals(TODAY, today.getStartDate());
  }

  @Test
  void se2TheServicesAreTheTypesAndAtLeastOne() {
    refused(
        "services",
        "sector.service.unknown",
        () ->
            draft()
                .describe(
                    TODAY,
                    LegalNature.ALTRO,
                    GAS,
                    List.of("ACQUEDOTTO"),
                    List.of(),
                    null,
                    TODAY,
                    NOW));
    refused(
        "services",
        "sector.services.required",
        () ->
            draft()
                .describe(TODAY, LegalNature.ALTRO, GAS, List.of(), List.of(), null, TODAY, NOW));
  }

  @Test
  void se3EachServiceOfAWaterSectorNeedsAnAtoBeforeSaving() {
    var sector = draft();

    var refused =
        assertThrows(
            InvalidFieldException.class,
            () ->
                sector.describe(
                    TODAY,
                    LegalNature.AZIENDA_SPECIALE,
                    WATER,
                    List.of("ACQUEDOTTO", "FOGNATURA"),
                    List.of(new ChosenAto("ACQUEDOTTO", TORINESE)),
                    null,
                    TODAY,
                    NOW));

    assertEquals("sector.ato.required", refused.messageKey());
    assertEquals("Fognatura", refused.arguments()[0]);
    assertEquals(SectorState.DRAFT, sector.getState(), "nothing kept");
  }

  @Test
  void se3AnAtoMustBeValidNotRepeatedAndForAChosenServiceOfAWaterSector() {
    var sector = water();

    refused(
        "ato",
        "sector.ato.notValid",
        () -> sector.addAto(new ChosenAto("FOGNATURA", ENDED), TODAY));
    refused(
        "ato",
        "sector.ato.duplicate",
        () -> sector.addAto(new ChosenAto("FOGNATURA", TORINESE), TODAY));
    refused(
        "service",
        "sector.ato.serviceNotChosen",
        () -> sector.addAto(new ChosenAto("DEPURAZIONE", TORINESE), TODAY));
    refused(
        "ato",
        "sector.ato.waterOnly",
        () ->
            draft()
                .describe(
                    TODAY,
                    LegalNature.ALTRO,
                    GAS,
                    List.of("VENDITA"),
                    List.of(new ChosenAto("VENDITA", TORINESE)),
                    null,
                    TODAY,
                    NOW));
    sector.addAto(new ChosenAto("FOGNATURA", MILANO), TODAY);
    assertEquals(4, sector.getAtos().size());
  }

  @Test
  void se3AServiceKeepsItsLastAto() {
    var sector = water();
    sector.removeAto("ACQUEDOTTO", "LOM-MI");

    var refused =
        assertThrows(InvalidValueException.class, () -> sector.removeAto("FOGNATURA", "PIE-3"));

    assertEquals("sector.ato.required", refused.messageKey());
    assertEquals(
        "sector.ato.notListed",
        assertThrows(NotFoundException.class, () -> sector.removeAto("FOGNATURA", "LOM-BG"))
            .messageKey());
    assertEquals(2, sector.getAtos().size());
  }

  @Test
  void se7OnceSavedAWaterSectorsServicesAreFixedButItsAtosMayChange() {
    var sector = water();

    refused(
        "services",
        "sector.waterServicesFixed",
        () ->
            sector.describe(
                TODAY,
                LegalNature.SOCIETA_DI_CAPITALI,
                WATER,
                List.of("ACQUEDOTTO", "FOGNATURA", "DEPURAZIONE"),
                List.of(
                    new ChosenAto("ACQUEDOTTO", TORINESE),
                    new ChosenAto("FOGNATURA", TORINESE),
                    new ChosenAto("DEPURAZIONE", TORINESE)),
                null,
                TODAY,
                NOW));
    refused(
        "services",
        "sector.waterServicesFixed",
        () ->
            sector.describe(
                TODAY,
                LegalNature.SOCIETA_DI_CAPITALI,
                WATER,
                List.of("ACQUEDOTTO"),
                List.of(new ChosenAto("ACQUEDOTTO", TORINESE)),
                null,
                TODAY,
                NOW));
    sector.describe(
        TODAY,
        LegalNature.CONSORZIO,
        WATER,
        List.of("FOGNATURA", "ACQUEDOTTO"),
        List.of(new ChosenAto("ACQUEDOTTO", MILANO), new ChosenAto("FOGNATURA", MILANO)),
        null,
        TODAY,
        NOW);
    assertEquals(LegalNature.CONSORZIO, sector.getLegalNature());
    assertEquals(2, sector.getAtos().size());
  }

  @Test
  void se7TheTypeOfASavedSectorIsFixedWhileAnotherSectorsServicesMayChange() {
    var gas = draft();
    gas.describe(TODAY, LegalNature.ALTRO, GAS, List.of("VENDITA"), List.of(), null, TODAY, NOW);
    assertFalse(gas.servicesFixed());

    gas.describe(
        TODAY,
        LegalNature.ALTRO,
        GAS,
        List.of("VENDITA", "DISTRIBUZIONE"),
        List.of(),
        null,
        TODAY,
        NOW);

    assertEquals(List.of("VENDITA", "DISTRIBUZIONE"), gas.getServices());
    refused(
        "type",
        "sector.typeFixed",
        () ->
            gas.describe(
                TODAY,
                LegalNature.ALTRO,
                WATER,
                List.of("ACQUEDOTTO"),
                List.of(new ChosenAto("ACQUEDOTTO", TORINESE)),
                null,
                TODAY,
                NOW));
  }

  @Test
  void se8NotValidatableUntilContactsAndSelfCertificationAreThere() {
    var draft = draft();
    assertEquals(
        List.of(
            "sector.missing.saved", "sector.missing.contact", "sector.missing.selfCertification"),
        draft.missing());

    var sector = water();
    assertFalse(sector.isValidatable());
    assertEquals(
        "sector.missing.contact",
        assertThrows(InvalidValueException.class, () -> sector.submit(NOW)).messageKey());
    sector.addContact(contact());
    assertEquals(List.of("sector.missing.selfCertification"), sector.missing());
    sector.attach(new SelfCertification("a-1", "autocertificazione.pdf"));

    assertTrue(sector.isValidatable());
    sector.submit(NOW);
    assertEquals(SectorState.SUBMITTED, sector.getState());
    assertFalse(sector.isValidatable());
  }

  @Test
  void se8ADraftIsNeverSubmittedAndASubmittedSectorNotChanged() {
    assertEquals(
        "sector.missing.saved",
        assertThrows(InvalidValueException.class, () -> draft().submit(NOW)).messageKey());
    var sector = complete();
    sector.submit(NOW);

    assertEquals(
        "sector.notEditable",
        assertThrows(InvalidValueException.class, () -> sector.addContact(contact())).messageKey());
    assertEquals(
        "sector.stateChanged",
        assertThrows(ConflictException.class, () -> sector.submit(NOW)).messageKey());
  }

  @Test
  void ad1ARejectedSectorShowsItsReasonIsCorrectedAndSubmittedAgain() {
    var sector = complete();
    sector.submit(NOW);
    sector.reject("ATO errato", "backoffice", NOW);
    assertEquals(SectorState.REJECTED, sector.getState());
    assertEquals("ATO errato", sector.getRejectionReason());

    sector.addAto(new ChosenAto("FOGNATURA", MILANO), TODAY);
    sector.submit(NOW);
    sector.validate(Map.of(SectorField.TYPE, "Servizio idrico integrato"), "backoffice", NOW);

    assertEquals(SectorState.VALIDATED, sector.getState());
    assertNull(sector.getRejectionReason());
  }

  @Test
  void ad1AValidatedSectorChangedIsANewVersionComparedWithTheValidatedOne() {
    var sector = complete();
    sector.submit(NOW);
    assertEquals(Map.of(), sector.lastValidated());
    var summary = Map.of(SectorField.TYPE, "Servizio idrico integrato", SectorField.NOTE, "");
    sector.validate(summary, "backoffice", NOW);
    assertFalse(sector.isValidatable(), "validated: nothing to send until changed");

    sector.addContact(SectorContact.of("Luca", "Neri", "Tecnico", null, "luca@example.it"));

    assertEquals(SectorState.SAVED, sector.getState());
    assertTrue(sector.isValidatable());
    assertEquals(summary, sector.lastValidated());
    sector.submit(NOW);
    sector.reject("Contatto non valido", "backoffice", NOW);
    assertEquals(summary, sector.lastValidated(), "a rejection keeps the validated version");
    assertEquals(
        "sector.typeFixed",
        assertThrows(
                InvalidFieldException.class,
                () ->
                    sector.describe(
                        SINCE,
                        LegalNature.CONSORZIO,
                        GAS,
                        List.of("VENDITA"),
                        List.of(),
                        null,
                        TODAY,
                        NOW))
            .messageKey());
  }

  @Test
  void ad1TheDifferencesAreTheFieldsWhoseTextChangedInTheirOrder() {
    var before =
        Map.of(
            SectorField.START_DATE, "01/01/2020",
            SectorField.CONTACTS, "Anna Bianchi",
            SectorField.NOTE, "vecchia");
    var after =
        Map.of(
            SectorField.START_DATE, "01/01/2020",
            SectorField.CONTACTS, "Anna Bianchi\nLuca Neri",
            SectorField.BANK, "IT75X0306909606100000063018");

    assertEquals(
        List.of(
            new SectorField.Difference(SectorField.BANK, "", "IT75X0306909606100000063018"),
            new SectorField.Difference(SectorField.NOTE, "vecchia", ""),
            new SectorField.Difference(
                SectorField.CONTACTS, "Anna Bianchi", "Anna Bianchi\nLuca Neri")),
        SectorField.differences(before, after));
    assertEquals(List.of(), SectorField.differences(after, after));
    assertTrue(SectorField.LEGAL_NATURE.coded());
  }

  @Test
  void co1ContactsAreCheckedAddedEditedAndRemoved() {
    refused(
        "contactPhone",
        "sector.contact.phoneOrEmail",
        () -> SectorContact.of("Anna", "Bianchi", "Tecnico", " ", null));
    refused(
        "contactEmail",
        "validation.email.format",
        () -> SectorContact.of("Anna", "Bianchi", "Tecnico", null, "anna@"));
    refused(
        "contactPhone",
        "validation.phone.format",
        () -> SectorContact.of("Anna", "Bianchi", "Tecnico", "011 abc", null));
    refused(
        "contactRole",
        "validation.required",
        () -> SectorContact.of("Anna", "Bianchi", "", "011 123456", null));
    refused(
        "contactSurname",
        "validation.required",
        () -> SectorContact.of("Anna", null, "Tecnico", "011 123456", null));
    var sector = water();
    sector.addContact(contact());
    String id = sector.getContacts().get(0).id();

    sector.editContact(id, SectorContact.of(" Anna ", "Verdi", "Direttrice", "011 123456", null));

    var edited = sector.getContacts().get(0);
    assertEquals(id, edited.id());
    assertEquals("Verdi", edited.surname());
    assertEquals("011 123456", edited.phone());
    assertNull(edited.email());
    assertThrows(NotFoundException.class, () -> sector.removeContact("other"));
    sector.removeContact(id);
    assertTrue(sector.getContacts().isEmpty());
  }

  @Test
  void bk1TheCompanysBankAppliesUntilOverriddenAndAgainOnceReset() {
    var sector = water();
    assertEquals(COMPANY, sector.bank(COMPANY));
    assertFalse(sector.hasOwnBank());

    sector.overrideBank("it75 x030 6909 6061 0000 0063 018", " Banca del settore ");

    assertTrue(sector.hasOwnBank());
    assertEquals(
        BankAccount.of("IT75X0306909606100000063018", "Banca del settore"), sector.bank(COMPANY));
    sector.resetBank();
    assertEquals(COMPANY, sector.bank(COMPANY));
  }

  @Test
  void bk1AnOwnBankNeedsAValidIbanAndTheBanksName() {
    var sector = water();
    refused(
        "iban",
        "validation.iban.checksum",
        () -> sector.overrideBank("IT60X0542811101000000123457", "Banca"));
    refused("bankName", "validation.required", () -> sector.overrideBank(COMPANY.getIban(), " "));
    assertFalse(sector.hasOwnBank());
  }

  @Test
  void se5ANewSelfCertificationReplacesTheFormerOne() {
    var sector = water();
    assertTrue(sector.attach(new SelfCertification("a-1", "uno.pdf")).isEmpty());

    var former = sector.attach(new SelfCertification("a-2", "due.pdf"));

    assertEquals("a-1", former.orElseThrow().attachmentPublicId());
    assertEquals("a-2", sector.removeSelfCertification().attachmentPublicId());
    assertThrows(NotFoundException.class, sector::removeSelfCertification);
  }
}
