package it.ccse.anagrafica.sectors.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.ccse.anagrafica.sectors.domain.ActivitySector;
import it.ccse.anagrafica.sectors.domain.Ato;
import it.ccse.anagrafica.sectors.domain.ChosenAto;
import it.ccse.anagrafica.sectors.domain.SectorContact;
import it.ccse.anagrafica.sectors.domain.SectorService;
import it.ccse.anagrafica.sectors.domain.SectorType;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * ON-7: the documented examples of the sectors' and contacts' files (docs/legacy-import.md) break
 * the rules the documentation says, and only those, with V35's sample types and ATOs.
 */
class LegacySectorExamplesTest {

  // Surefire runs in the module's directory.
  private static final Path EXAMPLES = Path.of("../docs/examples");
  private static final LocalDateTime NOW = LocalDateTime.of(2026, 5, 4, 10, 0);
  private static final LocalDate SINCE = LocalDate.of(2000, 1, 1);
  private static final Map<String, SectorType> TYPES =
      Map.of(
          "SERVIZIO_IDRICO",
          SectorType.of(
              "SERVIZIO_IDRICO",
              "Servizio idrico integrato",
              true,
              new SectorService("ACQUEDOTTO", "Acquedotto"),
              new SectorService("FOGNATURA", "Fognatura"),
              new SectorService("DEPURAZIONE", "Depurazione")),
          "GAS_NATURALE",
          SectorType.of(
              "GAS_NATURALE",
              "Gas naturale",
              false,
              new SectorService("DISTRIBUZIONE", "Distribuzione"),
              new SectorService("VENDITA", "Vendita")));
  private static final Map<String, Ato> ATOS =
      Map.of(
          "PIE-3", Ato.of("01", "PIE-3", "ATO 3 Torinese", SINCE, null),
          "LOM-MI", Ato.of("03", "LOM-MI", "ATO Città metropolitana di Milano", SINCE, null));

  @Test
  void on7TheSectorsExampleHasTwoGoodLinesAndTwoWithoutTheirAtos() throws IOException {
    List<String> outcomes = new ArrayList<>();
    for (var row :
        LegacySectorFiles.read(example("settori-precedenti.csv"), LegacySectorFiles.SECTORS)) {
      try {
        var line = LegacySectorFiles.sector(row);
        ActivitySector.imported(
            1L,
            line.legacyKey(),
            line.startDate(),
            line.legalNature(),
            TYPES.get(line.typeCode()),
            line.serviceCodes(),
            line.atos().stream()
                .map(a -> new ChosenAto(a.serviceCode(), ATOS.get(a.atoCode())))
                .toList(),
            line.iban(),
            line.bankName(),
            line.note(),
            "staff",
            NOW);
        outcomes.add(line.legacyKey());
      } catch (InvalidValueException e) {
        outcomes.add(e.messageKey());
      }
    }

    assertEquals(
        List.of("ES-IDRICO", "TC-GAS", "sector.ato.waterOnly", "sector.ato.required"), outcomes);
  }

  @Test
  void on7TheContactsExampleHasOneWithoutPhoneOrEmail() throws IOException {
    List<String> outcomes = new ArrayList<>();
    for (var row :
        LegacySectorFiles.read(example("contatti-precedenti.csv"), LegacySectorFiles.CONTACTS)) {
      var line = LegacySectorFiles.contact(row);
      try {
        SectorContact.of(line.name(), line.surname(), line.role(), line.phone(), line.email());
        outcomes.add(line.legacyKey());
      } catch (InvalidValueException e) {
        outcomes.add(e.messageKey());
      }
    }

    assertEquals(
        List.of("ES-IDRICO", "TC-GAS", "sector.contact.phoneOrEmail", "ES-GAS"),
        outcomes,
        "ES-GAS is refused by the import: its sector is not imported");
  }

  private static byte[] example(String name) throws IOException {
    return Files.readAllBytes(EXAMPLES.resolve(name));
  }
}
