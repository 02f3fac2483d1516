package it.ccse.anagrafica.sectors.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.ccse.anagrafica.sectors.application.SectorViews.AtoChoice;
import it.ccse.anagrafica.sectors.domain.LegalNature;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ON-7 with SE-2, SE-3, CO-1, BK-1: reading the legacy registry's sectors and contacts files. */
class LegacySectorFilesTest {

  private static final String SECTORS =
      "codice_fiscale;id_settore;tipologia;servizi;data_inizio;natura_giuridica;ato;iban;banca;note\n";
  private static final String WATER =
      "01234560017;S-1;servizio_idrico;acquedotto, fognatura;15/03/2004;societa_di_capitali;"
          + "ACQUEDOTTO:PIE-3, acquedotto:lom-mi,FOGNATURA : PIE-3;"
          + "IT75X0306909606100000063018;Banca del settore;\"Nota; con punto e virgola\"\n";
  private static final String CONTACTS =
      "codice_fiscale;id_settore;nome;cognome;ruolo;telefono;email\n";

  @Test
  void on7ASectorsLineGivesItsCodesDateNatureAtosAndBank() {
    var line = LegacySectorFiles.sector(sectors(SECTORS + WATER).get(0));

    assertEquals("01234560017", line.codiceFiscale());
    assertEquals("S-1", line.legacyKey());
    assertEquals("SERVIZIO_IDRICO", line.typeCode());
    assertEquals(List.of("ACQUEDOTTO", "FOGNATURA"), line.serviceCodes());
    assertEquals(LocalDate.of(2004, 3, 15), line.startDate());
    assertEquals(LegalNature.SOCIETA_DI_CAPITALI, line.legalNature());
    assertEquals(
        List.of(
            new AtoChoice("ACQUEDOTTO", "PIE-3"),
            new AtoChoice("ACQUEDOTTO", "LOM-MI"),
            new AtoChoice("FOGNATURA", "PIE-3")),
        line.atos());
    assertEquals("Banca del settore", line.bankName());
    assertEquals("Nota; con punto e virgola", line.note());
  }

  @Test
  void on7OptionalColumnsMayBeLeftOut() {
    var line =
        LegacySectorFiles.sector(
            sectors(
                    "codice_fiscale;id_settore;tipologia;data_inizio;natura_giuridica\n"
                        + "01234560017;G-1;GAS_NATURALE;2011-01-31;Ente pubblico\n")
                .get(0));

    assertEquals(List.of(), line.serviceCodes());
    assertEquals(List.of(), line.atos());
    assertEquals(LegalNature.ENTE_PUBBLICO, line.legalNature());
    assertEquals(LocalDate.of(2011, 1, 31), line.startDate());
    assertNull(line.iban());
  }

  @Test
  void on7DatesAreIsoOrItalianAndReal() {
    assertEquals(LocalDate.of(2004, 3, 1), LegacySectorFiles.date("01/03/2004"));
    assertEquals(LocalDate.of(2004, 3, 1), LegacySectorFiles.date("2004-03-01"));
    for (String wrong : List.of("31/02/2004", "2004/03/01", "1-3-2004", "03/01/04")) {
      var e = assertThrows(InvalidFieldException.class, () -> LegacySectorFiles.date(wrong));
      assertEquals("startDate", e.field(), wrong);
      assertEquals("legacyImport.date", e.messageKey(), wrong);
    }
  }

  @Test
  void on7EachUnreadableValueIsRefusedInItsColumn() {
    assertEquals("data_inizio", refused(WATER.replace("15/03/2004", "ieri")));
    assertEquals("natura_giuridica", refused(WATER.replace("societa_di_capitali", "SPA")));
    assertEquals("ato", refused(WATER.replace("ACQUEDOTTO:PIE-3", "PIE-3")));
    assertEquals("ato", refused(WATER.replace("ACQUEDOTTO:PIE-3", "ACQUEDOTTO:")));
    assertEquals("tipologia", refused(WATER.replace("servizio_idrico", "")));
    assertEquals("id_settore", refused(WATER.replace("S-1", " ")));
  }

  @Test
  void on7TheColumnOfARulesFieldIsTheFilesName() {
    var sectors = LegacySectorFiles.SECTORS;
    assertEquals("servizi", LegacySectorFiles.column(sectors, "services"));
    assertEquals("ato", LegacySectorFiles.column(sectors, "service"));
    assertEquals("banca", LegacySectorFiles.column(sectors, "bankName"));
    assertEquals("file", LegacySectorFiles.column(sectors, "file"));
    assertEquals("email", LegacySectorFiles.column(LegacySectorFiles.CONTACTS, "contactEmail"));
  }

  @Test
  void on7AContactsLineNamesItsSectorByTheLegacyKey() {
    var rows =
        LegacySectorFiles.read(
            bytes(CONTACTS + "01234560017;S-1;Anna;Bianchi;Referente;;anna@example.org\n"),
            LegacySectorFiles.CONTACTS);

    var line = LegacySectorFiles.contact(rows.get(0));

    assertEquals("S-1", line.legacyKey());
    assertEquals("Anna", line.name());
    assertNull(line.phone());
    assertEquals("anna@example.org", line.email());
  }

  @Test
  void on7AContactsLineWithoutRoleIsRefusedInTheRolesColumn() {
    var rows =
        LegacySectorFiles.read(
            bytes(CONTACTS + "01234560017;S-1;Anna;Bianchi;;;anna@example.org\n"),
            LegacySectorFiles.CONTACTS);

    var e = assertThrows(InvalidFieldException.class, () -> LegacySectorFiles.contact(rows.get(0)));

    assertEquals("ruolo", LegacySectorFiles.column(LegacySectorFiles.CONTACTS, e.field()));
  }

  @Test
  void on7ASectorsFileWithoutItsRequiredColumnsIsRefusedWhole() {
    var e =
        assertThrows(
            InvalidFieldException.class,
            () -> sectors("codice_fiscale;id_settore;tipologia\n01234560017;S-1;X\n"));

    assertEquals("file", e.field());
    assertEquals("legacyImport.missingColumns", e.messageKey());
    assertEquals("data_inizio, natura_giuridica", e.arguments()[0]);
  }

  private static String refused(String line) {
    var row = sectors(SECTORS + line).get(0);
    var e = assertThrows(InvalidFieldException.class, () -> LegacySectorFiles.sector(row));
    return LegacySectorFiles.column(LegacySectorFiles.SECTORS, e.field());
  }

  private static List<it.ccse.anagrafica.shared.application.csv.LegacyCsv.Row> sectors(
      String text) {
    return LegacySectorFiles.read(bytes(text), LegacySectorFiles.SECTORS);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
