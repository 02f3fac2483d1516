package it.ccse.anagrafica.fees.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.ccse.anagrafica.shared.domain.Money;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * VW-6 fee tables as seeded by the migration (the single place of the amounts), every boundary of
 * every row: the schedule is read from the real migrated table.
 */
class FeeScheduleTest {

  private static final String URL = "jdbc:h2:mem:fees;DB_CLOSE_DELAY=-1";
  private static FeeSchedule schedule;

  @BeforeAll
  static void migrate() throws Exception {
    Flyway.configure()
        .dataSource(URL, "sa", "")
        .locations("classpath:db/migration")
        .load()
        .migrate();
    List<FeeBand> bands = new ArrayList<>();
    try (var connection = DriverManager.getConnection(URL, "sa", "");
        var rows =
            connection
                .createStatement()
                .executeQuery(
                    "SELECT kind, lower_bound, hazardous, non_hazardous, source, sample FROM fee_band")) {
      while (rows.next()) {
        bands.add(
            new FeeBand(
                FeeKind.valueOf(rows.getString(1)),
                rows.getInt(2),
                rows.getBigDecimal(3),
                rows.getBigDecimal(4),
                rows.getString(5),
                rows.getBoolean(6)));
      }
    }
    schedule = new FeeSchedule(bands);
  }

  @ParameterizedTest(name = "{0} employees: {1} / {2}")
  @CsvSource({
    "0, 120, 60",
    "10, 120, 60",
    "11, 180, 90",
    "50, 180, 90",
    "51, 300, 150",
    "250, 300, 150",
    "251, 500, 250",
    "500, 500, 250",
    "501, 800, 400",
    "20000, 800, 400"
  })
  void vw6LocalUnitFeeByEmployees(int employees, String hazardous, String nonHazardous) {
    assertEquals(Money.of(hazardous), schedule.fee(FeeKind.LOCAL_UNIT_EMPLOYEES, employees, true));
    assertEquals(
        Money.of(nonHazardous), schedule.fee(FeeKind.LOCAL_UNIT_EMPLOYEES, employees, false));
  }

  @ParameterizedTest(name = "{0} t/year: {1} / {2}")
  @CsvSource({
    "0, 300, 150",
    "999, 300, 150",
    "1000, 500, 250",
    "4999, 500, 250",
    "5000, 800, 400",
    "19999, 800, 400",
    "20000, 1200, 600",
    "49999, 1200, 600",
    "50000, 1800, 900",
    "100000, 1800, 900",
    "100001, 2500, 1200"
  })
  void vw6ManagementFeeByTonnes(int tonnes, String hazardous, String nonHazardous) {
    assertEquals(Money.of(hazardous), schedule.fee(FeeKind.MANAGEMENT_TONNES, tonnes, true));
    assertEquals(Money.of(nonHazardous), schedule.fee(FeeKind.MANAGEMENT_TONNES, tonnes, false));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "CONSORTIUM, 2500",
    "BROKER, 100",
    "TRADE_ASSOCIATION, 100",
    "TERMINAL_OPERATOR, 100",
    "COLLECTION_CENTRE, 500"
  })
  void vw6FlatFees(FeeKind kind, String amount) {
    assertEquals(Money.of(amount), schedule.flat(kind));
  }

  @Test
  void vw6TheVehicleFeeIsMarkedAsASample() {
    assertTrue(schedule.band(FeeKind.VEHICLE, 0).isSample());
  }
}
