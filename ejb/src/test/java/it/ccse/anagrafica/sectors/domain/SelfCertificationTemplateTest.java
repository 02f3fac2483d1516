package it.ccse.anagrafica.sectors.domain;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.ccse.anagrafica.company.domain.Company;
import it.ccse.anagrafica.company.domain.CompanyData;
import it.ccse.anagrafica.documents.domain.FilledTemplate;
import it.ccse.anagrafica.documents.domain.FilledTemplate.Field;
import it.ccse.anagrafica.documents.domain.FilledTemplate.Paragraph;
import it.ccse.anagrafica.shared.domain.Address;
import it.ccse.anagrafica.shared.domain.BankAccount;
import it.ccse.anagrafica.shared.domain.LegalRepresentative;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** SE-5: the self-certification template is filled with readable company and sector data. */
class SelfCertificationTemplateTest {

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
  private static final Ato MILANO = Ato.of("03", "LOM-MI", "ATO Città di Milano", SINCE, null);

  /** A validated company paid on its own account, as the legacy import makes one. */
  private static Company company() {
    var data = new CompanyData();
    data.setRagioneSociale("Acque dell’Adige Società per Azioni");
    data.setCodiceFiscale("01234567890");
    data.setPartitaIva("01234567890");
    data.setLegalRepresentative(LegalRepresentative.of("Niccolò", "D’Amico", "DMCNCC80A01H501U"));
    data.setBankAccount(BankAccount.of("IT02L1234512345123456789012", "Banca della società"));
    data.address(Address.asRecorded("Via Roma", "1", "37100", "05", "VR", "023091"));
    return Company.importedFromLegacyRegistry(data, NOW);
  }

  private static ActivitySector water() {
    var sector = ActivitySector.draft(1L, "op", NOW);
    sector.describe(
        LocalDate.of(2010, 3, 15),
        LegalNature.SOCIETA_DI_CAPITALI,
        WATER,
        List.of("ACQUEDOTTO", "FOGNATURA"),
        List.of(
            new ChosenAto("ACQUEDOTTO", TORINESE),
            new ChosenAto("ACQUEDOTTO", MILANO),
            new ChosenAto("FOGNATURA", TORINESE)),
        null,
        NOW.toLocalDate(),
        NOW);
    sector.overrideBank("IT60X0542811101000000123456", "Banca Popolare di Sondrio");
    return sector;
  }

  private static Map<String, Field> fields(FilledTemplate template) {
    return template.blocks().stream()
        .filter(Field.class::isInstance)
        .map(Field.class::cast)
        .collect(Collectors.toMap(Field::name, Function.identity()));
  }

  @Test
  void SE5_filledWithTheCompanyAndTheLegalRepresentative() {
    var fields =
        fields(SelfCertificationTemplate.of(company(), water(), List.of(TORINESE, MILANO)));
    assertAll(
        () ->
            assertEquals(
                "Acque dell’Adige Società per Azioni", fields.get("ragioneSociale").value()),
        () -> assertEquals("01234567890", fields.get("codiceFiscale").value()),
        () -> assertEquals("01234567890", fields.get("partitaIva").value()),
        () -> assertEquals("Niccolò", fields.get("nome").value()),
        () -> assertEquals("D’Amico", fields.get("cognome").value()),
        () -> assertEquals("DMCNCC80A01H501U", fields.get("codiceFiscaleRappresentante").value()));
  }

  @Test
  void SE5_theSectorByReadableNamesNotCodes() {
    var template = SelfCertificationTemplate.of(company(), water(), List.of(TORINESE, MILANO));
    var fields = fields(template);
    assertAll(
        () -> assertEquals("autocertificazione-settore-servizio-idrico", template.fileName()),
        () -> assertEquals("Servizio idrico integrato", fields.get("tipologia").value()),
        () -> assertEquals("Acquedotto, Fognatura", fields.get("servizi").value()),
        () -> assertEquals("15/03/2010", fields.get("dataInizio").value()),
        () -> assertEquals("Società di capitali", fields.get("naturaGiuridica").value()),
        () ->
            assertEquals(
                "Acquedotto: ATO 3 Torinese, ATO Città di Milano\nFognatura: ATO 3 Torinese",
                fields.get("ato").value()),
        () -> assertEquals(2, fields.get("ato").lines()),
        () -> assertEquals("IT60X0542811101000000123456", fields.get("iban").value()),
        () -> assertEquals("Banca Popolare di Sondrio", fields.get("banca").value()));
    for (var field : fields.values()) {
      for (String code : List.of("SERVIZIO_IDRICO", "ACQUEDOTTO", "PIE-3", "LOM-MI", "SOCIETA_")) {
        assertFalse(field.value().contains(code), field.name() + ": " + field.value());
      }
    }
  }

  @Test
  void SE5_citesDpr445AndLeavesPlaceDateAndSignatureBlank() {
    var template = SelfCertificationTemplate.of(company(), water(), List.of(TORINESE, MILANO));
    var fields = fields(template);
    var text =
        template.blocks().stream()
            .filter(Paragraph.class::isInstance)
            .map(b -> ((Paragraph) b).text())
            .collect(Collectors.joining(" "));
    assertAll(
        () -> assertTrue(template.title().contains("artt. 46 e 47 del DPR 445/2000")),
        () -> assertTrue(template.title().startsWith("Autocertificazione")),
        () -> assertTrue(text.contains("art. 76 del DPR 445/2000"), text),
        () -> assertEquals("", fields.get("luogo").value()),
        () -> assertEquals("", fields.get("data").value()),
        () -> assertEquals("", fields.get("firma").value()),
        () -> assertTrue(fields.get("firma").lines() > 1));
    var names = new HashSet<String>();
    template.blocks().stream()
        .filter(Field.class::isInstance)
        .forEach(b -> assertTrue(names.add(((Field) b).name()), "unique " + b));
  }

  @Test
  void SE5_aSectorPaidOnTheCompanyAccountPrintsTheCompanyBankAndNoAto() {
    var sector = ActivitySector.draft(1L, "op", NOW);
    sector.describe(
        LocalDate.of(2015, 1, 1),
        LegalNature.CONSORZIO,
        GAS,
        List.of("VENDITA"),
        List.of(),
        null,
        NOW.toLocalDate(),
        NOW);
    var template = SelfCertificationTemplate.of(company(), sector, List.of());
    var fields = fields(template);
    assertAll(
        () -> assertEquals("autocertificazione-settore-gas-naturale", template.fileName()),
        () -> assertFalse(fields.containsKey("ato")),
        () -> assertEquals("Consorzio", fields.get("naturaGiuridica").value()),
        () -> assertEquals("IT02L1234512345123456789012", fields.get("iban").value()),
        () -> assertEquals("Banca della società", fields.get("banca").value()));
  }

  @Test
  void SE5_anUnsavedDraftLeavesTheSectorFieldsBlank() {
    var template =
        SelfCertificationTemplate.of(company(), ActivitySector.draft(1L, "op", NOW), List.of());
    var fields = fields(template);
    assertAll(
        () -> assertEquals("autocertificazione-settore", template.fileName()),
        () -> assertEquals("", fields.get("tipologia").value()),
        () -> assertEquals("", fields.get("servizi").value()),
        () -> assertEquals("", fields.get("dataInizio").value()),
        () ->
            assertEquals(
                "Acque dell’Adige Società per Azioni", fields.get("ragioneSociale").value()));
  }
}
