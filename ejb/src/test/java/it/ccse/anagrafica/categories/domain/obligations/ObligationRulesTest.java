package it.ccse.anagrafica.categories.domain.obligations;

import static it.ccse.anagrafica.categories.domain.obligations.EmployeeThreshold.MORE_THAN_TEN;
import static it.ccse.anagrafica.categories.domain.obligations.EmployeeThreshold.UP_TO_TEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.ccse.anagrafica.categories.domain.CategoryDetails;
import it.ccse.anagrafica.categories.domain.CategoryType;
import it.ccse.anagrafica.categories.domain.obligations.Obligation.Kind;
import org.junit.jupiter.api.Test;

/** MD-11: the obligation table, row by row, with NP-1 and the pending declarations. */
class ObligationRulesTest {

  private static CategoryDetails waste(boolean hazardous) {
    return new CategoryDetails(hazardous, !hazardous, null, null, null, null, null, null);
  }

  private static CategoryDetails pagr(Integer employees, Boolean circuit) {
    return new CategoryDetails(true, false, null, employees, null, null, null, circuit);
  }

  private static Kind kind(CategoryType type, CategoryDetails d, EmployeeThreshold t, boolean np) {
    return ObligationRules.of(type, d, t, np).kind();
  }

  @Test
  void md11ProductionIsMandatoryOnlyForHazardousWasteAboveTenEmployees() {
    assertEquals(Kind.MANDATORY, kind(CategoryType.PRODUCTION, waste(true), MORE_THAN_TEN, false));
    assertEquals(Kind.VOLUNTARY, kind(CategoryType.PRODUCTION, waste(true), UP_TO_TEN, false));
    assertEquals(Kind.VOLUNTARY, kind(CategoryType.PRODUCTION, waste(false), MORE_THAN_TEN, false));
  }

  @Test
  void th1ProductionOfHazardousWasteWaitsForTheThresholdDeclaration() {
    var pending = ObligationRules.of(CategoryType.PRODUCTION, waste(true), null, false);

    assertTrue(pending.awaitsDeclaration());
    assertFalse(pending.isMandatory());
    assertEquals("obligation.production.thresholdUndeclared", pending.reasonKey());
  }

  @Test
  void md11ManagementIsMandatoryForHazardousWaste() {
    assertEquals(Kind.MANDATORY, kind(CategoryType.MANAGEMENT, waste(true), UP_TO_TEN, false));
    assertEquals(Kind.VOLUNTARY, kind(CategoryType.MANAGEMENT, waste(false), MORE_THAN_TEN, false));
  }

  @Test
  void md11ThirdPartyTransportIsMandatoryForHazardousWaste() {
    assertEquals(
        Kind.MANDATORY, kind(CategoryType.TRANSPORT_THIRD_PARTY, waste(true), UP_TO_TEN, false));
    assertEquals(
        Kind.VOLUNTARY, kind(CategoryType.TRANSPORT_THIRD_PARTY, waste(false), UP_TO_TEN, false));
  }

  @Test
  void md11CampaniaCategoriesAreAlwaysMandatory() {
    for (var type :
        new CategoryType[] {
          CategoryType.CAMPANIA_MUNICIPALITY, CategoryType.TRANSPORT_CAMPANIA_URBAN
        }) {
      assertEquals(Kind.MANDATORY, kind(type, CategoryDetails.none(), null, false), type.name());
    }
  }

  @Test
  void ag1AgriculturalFollowsEmployeesAndTheOrganisedCircuit() {
    assertEquals(Kind.MANDATORY, kind(CategoryType.AGRICULTURAL, pagr(11, false), null, false));
    assertEquals(Kind.VOLUNTARY, kind(CategoryType.AGRICULTURAL, pagr(10, false), null, false));
    assertEquals(Kind.VOLUNTARY, kind(CategoryType.AGRICULTURAL, pagr(50, true), null, false));
    assertEquals(Kind.VOLUNTARY, kind(CategoryType.AGRICULTURAL, pagr(5, true), null, false));
    assertTrue(
        ObligationRules.of(CategoryType.AGRICULTURAL, pagr(11, null), null, false)
            .awaitsDeclaration(),
        "AG-1: circuit not declared");
  }

  @Test
  void np1ANewProducerMakesProductionAndManagementMandatoryEvenForNonHazardousWaste() {
    assertEquals(Kind.MANDATORY, kind(CategoryType.PRODUCTION, waste(false), UP_TO_TEN, true));
    assertEquals(Kind.MANDATORY, kind(CategoryType.MANAGEMENT, waste(false), UP_TO_TEN, true));
    assertEquals(
        Kind.VOLUNTARY, kind(CategoryType.TRANSPORT_THIRD_PARTY, waste(false), UP_TO_TEN, true));
  }

  @Test
  void th1TheClassOfACountIsAboveTenOnlyFromEleven() {
    assertEquals(UP_TO_TEN, EmployeeThreshold.of(10));
    assertEquals(MORE_THAN_TEN, EmployeeThreshold.of(11));
  }
}
