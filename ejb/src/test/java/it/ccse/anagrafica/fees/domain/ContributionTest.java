package it.ccse.anagrafica.fees.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.ccse.anagrafica.categories.domain.CategoryDetails;
import it.ccse.anagrafica.categories.domain.CategoryType;
import it.ccse.anagrafica.categories.domain.obligations.EmployeeThreshold;
import it.ccse.anagrafica.file.domain.FileFixture;
import it.ccse.anagrafica.shared.domain.Money;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * VW-6: which categories pay and on which basis. The amounts are a test table; the real ones are
 * checked against the migration in {@link FeeScheduleTest}.
 */
class ContributionTest {

  private static final FeeSchedule FEES =
      new FeeSchedule(
          List.of(
              band(FeeKind.LOCAL_UNIT_EMPLOYEES, 0, "10", "5"),
              band(FeeKind.LOCAL_UNIT_EMPLOYEES, 11, "20", "15"),
              band(FeeKind.MANAGEMENT_TONNES, 0, "100", "50"),
              band(FeeKind.MANAGEMENT_TONNES, 1000, "200", "150"),
              band(FeeKind.VEHICLE, 0, "7", "7")));

  private static FeeBand band(FeeKind kind, int lower, String hazardous, String nonHazardous) {
    return new FeeBand(
        kind, lower, new BigDecimal(hazardous), new BigDecimal(nonHazardous), "test", false);
  }

  @Test
  void vw6MandatoryAndVoluntaryCategoriesPayPerLocalUnitTonnesAndVehicles() {
    var f = new FileFixture();
    f.company.declareEmployees(EmployeeThreshold.MORE_THAN_TEN);
    f.unit.describe("Stabilimento", 12);
    f.transport.joinVoluntarily();
    var management =
        f.unit.addCategory(
            "mgmt",
            CategoryType.MANAGEMENT,
            new CategoryDetails(true, false, false, null, 1500, null, null, null));
    f.unit.addCategory(
        "skipped",
        CategoryType.MANAGEMENT,
        new CategoryDetails(false, true, false, null, 10, null, null, null));

    var contribution = Contribution.of(f.file.getCompany(), FEES, c -> c == f.transport ? 3 : 0);

    assertEquals(
        List.of(Money.of("21"), Money.of("20"), Money.of("200")),
        contribution.lines().stream().map(Contribution.Line::amount).toList(),
        "transport 3 vehicles, production 12 ULA hazardous, management 1,500 t hazardous;"
            + " the non-mandatory, non-joined management pays nothing");
    assertEquals(Money.of("241"), contribution.total());
    assertEquals(management.label(), contribution.lines().get(2).category());
  }
}
