package it.ccse.anagrafica.categories.domain.obligations;

import it.ccse.anagrafica.categories.domain.CategoryDetails;
import it.ccse.anagrafica.categories.domain.CategoryType;

/**
 * MD-11: when a category is mandatory (DM 24/04/2014 as the SISTRI guide §10–12 applies it).
 *
 * <table>
 *   <caption>The rules</caption>
 *   <tr><th>category</th><th>mandatory when</th></tr>
 *   <tr><td>production</td><td>hazardous waste and company employees &gt; 10 (TH-1)</td></tr>
 *   <tr><td>management</td><td>hazardous waste (special or urban)</td></tr>
 *   <tr><td>third-party transport</td><td>hazardous waste</td></tr>
 *   <tr><td>Campania municipalities, Campania urban transport</td><td>always</td></tr>
 *   <tr><td>PAGR</td><td>employees of the unit &gt; 10 and no organised collection circuit</td></tr>
 *   <tr><td>new producer (NP-1)</td><td>production and management of that unit, any waste</td></tr>
 * </table>
 */
public final class ObligationRules {

  private ObligationRules() {}

  /**
   * @param companyEmployees the declared (or, above 10, counted) class; null while undeclared
   * @param newProducer NP-1 answered "SI" for the category's local unit
   */
  public static Obligation of(
      CategoryType type,
      CategoryDetails details,
      EmployeeThreshold companyEmployees,
      boolean newProducer) {
    boolean hazardous = Boolean.TRUE.equals(details.getHazardous());
    return switch (type) {
      case PRODUCTION -> production(hazardous, companyEmployees, newProducer);
      case MANAGEMENT ->
          newProducer
              ? Obligation.mandatory("obligation.newProducer")
              : hazardous
                  ? Obligation.mandatory("obligation.management.hazardous")
                  : Obligation.voluntary("obligation.management.nonHazardous");
      case TRANSPORT_THIRD_PARTY ->
          hazardous
              ? Obligation.mandatory("obligation.transport.hazardous")
              : Obligation.voluntary("obligation.transport.nonHazardous");
      case CAMPANIA_MUNICIPALITY, TRANSPORT_CAMPANIA_URBAN ->
          Obligation.mandatory("obligation.campania");
      case AGRICULTURAL -> agricultural(details);
    };
  }

  private static Obligation production(
      boolean hazardous, EmployeeThreshold companyEmployees, boolean newProducer) {
    if (newProducer) {
      return Obligation.mandatory("obligation.newProducer");
    }
    if (!hazardous) {
      return Obligation.voluntary("obligation.production.nonHazardous");
    }
    if (companyEmployees == null) {
      return Obligation.undeclared("obligation.production.thresholdUndeclared");
    }
    return companyEmployees == EmployeeThreshold.MORE_THAN_TEN
        ? Obligation.mandatory("obligation.production.hazardousOverTen")
        : Obligation.voluntary("obligation.production.upToTen");
  }

  /** SISTRI guide §12, figures 1–3: more than 10 and no circuit is mandatory, else voluntary. */
  private static Obligation agricultural(CategoryDetails details) {
    boolean overTen = details.getEmployees() != null && details.getEmployees() > 10;
    Boolean circuit = details.getOrganisedCircuit();
    if (Boolean.TRUE.equals(circuit)) {
      return Obligation.voluntary("obligation.pagr.circuit");
    }
    if (!overTen) {
      return circuit == null
          ? Obligation.undeclared("obligation.pagr.circuitUndeclared")
          : Obligation.voluntary("obligation.pagr.upToTen");
    }
    return circuit == null
        ? Obligation.undeclared("obligation.pagr.circuitUndeclared")
        : Obligation.mandatory("obligation.pagr.overTenNoCircuit");
  }
}
