package it.ccse.anagrafica.sectors.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import it.ccse.anagrafica.sectors.application.AtoCsv.Problem;
import it.ccse.anagrafica.sectors.domain.Ato;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** SE-3: CCSE's ATO list as CSV, each bad line reported with its number and why. */
class AtoCsvTest {

  private static final Set<String> REGIONS = Set.of("01", "03");

  private static AtoCsv.Result read(String csv) {
    return AtoCsv.read(new StringReader(csv), REGIONS);
  }

  @Test
  void readsGoodLinesAfterAnOptionalHeader() {
    var result =
        read(
            """
            region;code;name;valid_from;valid_to
            01;pie-3;ATO 3 Torinese;2000-01-01;

            03;LOM-MI;"ATO Città metropolitana di Milano";2000-01-01;2030-12-31
            """);

    assertEquals(List.of(), result.problems());
    assertEquals(List.of("PIE-3", "LOM-MI"), result.atos().stream().map(Ato::getCode).toList());
    var milano = result.atos().get(1);
    assertEquals("03", milano.getRegionCode());
    assertEquals("ATO Città metropolitana di Milano", milano.getName());
    assertEquals(LocalDate.of(2030, 12, 31), milano.getValidTo());
    assertNull(result.atos().get(0).getValidTo());
  }

  @Test
  void reportsEachBadLineAndKeepsTheGoodOnes() {
    var result =
        read(
            """
            01;PIE-1;ATO 1;2000-01-01;
            01;PIE-2;ATO 2;2000-01-01
            99;X-1;ATO X;2000-01-01;
            01;PIE 4;ATO 4;2000-01-01;
            01;PIE-5; ;2000-01-01;
            01;PIE-6;ATO 6;01/01/2000;
            01;PIE-7;ATO 7;2020-01-01;2019-12-31
            03;PIE-1;ATO doppio;2000-01-01;
            03;LOM-BG;ATO Bergamo;2000-01-01;
            """);

    assertEquals(
        List.of(
            new Problem(2, "ato.csv.fields"),
            new Problem(3, "ato.csv.region"),
            new Problem(4, "ato.csv.code"),
            new Problem(5, "ato.csv.name"),
            new Problem(6, "ato.csv.date"),
            new Problem(7, "ato.period"),
            new Problem(8, "ato.csv.duplicate")),
        result.problems());
    assertEquals(List.of("PIE-1", "LOM-BG"), result.atos().stream().map(Ato::getCode).toList());
  }
}
