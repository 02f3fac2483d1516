package it.ccse.anagrafica.categories.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.ccse.anagrafica.categories.domain.CategoryType.Detail;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** MD-10: the details each category type declares (SISTRI guide §4.4). */
class CategoryTypeTest {

  private static final CategoryDetails EVERYTHING =
      new CategoryDetails(true, true, true, 12, 800, 5000, "Consorzio", false);

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "PRODUCTION, HAZARDOUS NON_HAZARDOUS EMPLOYEES",
    "MANAGEMENT, HAZARDOUS NON_HAZARDOUS URBAN TONNES",
    "CAMPANIA_MUNICIPALITY, INHABITANTS DESCRIPTION",
    "AGRICULTURAL, EMPLOYEES TONNES DESCRIPTION CIRCUIT",
    "TRANSPORT_CAMPANIA_URBAN, INHABITANTS",
    "TRANSPORT_THIRD_PARTY, HAZARDOUS NON_HAZARDOUS TONNES"
  })
  void md10EachTypeAsksForItsDetailsAndKeepsOnlyThose(CategoryType type, String expected) {
    Set<Detail> asked =
        Arrays.stream(Detail.values()).filter(type::asks).collect(Collectors.toSet());
    assertEquals(
        Arrays.stream(expected.split(" "))
            .map(Detail::valueOf)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Detail.class))),
        asked);

    var kept = EVERYTHING.forType(type);

    assertEquals(asked.contains(Detail.HAZARDOUS), kept.getHazardous() != null);
    assertEquals(asked.contains(Detail.URBAN), kept.getUrban() != null);
    assertEquals(asked.contains(Detail.EMPLOYEES), kept.getEmployees() != null);
    assertEquals(asked.contains(Detail.TONNES), kept.getTonnesPerYear() != null);
    assertEquals(asked.contains(Detail.INHABITANTS), kept.getInhabitants() != null);
    assertEquals(asked.contains(Detail.DESCRIPTION), kept.getDescription() != null);
    assertEquals(asked.contains(Detail.CIRCUIT), kept.getOrganisedCircuit() != null);
  }
}
