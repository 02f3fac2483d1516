package it.ccse.anagrafica.fees.domain;

import it.ccse.anagrafica.company.domain.Category;
import it.ccse.anagrafica.company.domain.Company;
import it.ccse.anagrafica.shared.domain.Money;
import java.io.Serializable;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * The contribution due for a year (VW-6): one explained line per category that is mandatory or
 * joined voluntarily on an open site — production and agricultural by the site's employees (ULA),
 * management by tonnes per year, transport per vehicle; computed here only, for the report and,
 * later, for the annual-contribution practices.
 */
public record Contribution(List<Line> lines) implements Serializable {

  /** One fee: where, for which category, on what basis, how much, and from which table row. */
  public record Line(
      String site, String category, String basis, Money amount, boolean sample, String source)
      implements Serializable {}

  public static Contribution of(
      Company company, FeeSchedule fees, ToIntFunction<Category> vehiclesOf) {
    return new Contribution(
        company.getSites().stream()
            .filter(s -> !s.isClosed())
            .flatMap(s -> s.getCategories().stream())
            .filter(c -> c.obligation().isMandatory() || c.isJoinedVoluntarily())
            .map(c -> line(c, fees, vehiclesOf))
            .toList());
  }

  private static Line line(Category c, FeeSchedule fees, ToIntFunction<Category> vehiclesOf) {
    boolean hazardous = Boolean.TRUE.equals(c.getDetails().getHazardous());
    String site = c.getSite().getName();
    return switch (c.getType()) {
      case PRODUCTION, AGRICULTURAL -> {
        int employees = c.getSite().getEmployees() == null ? 0 : c.getSite().getEmployees();
        var band = fees.band(FeeKind.LOCAL_UNIT_EMPLOYEES, employees);
        yield new Line(
            site,
            c.label(),
            employees + " addetti, " + (hazardous ? "pericolosi" : "non pericolosi"),
            band.amount(hazardous),
            band.isSample(),
            band.getSource());
      }
      case MANAGEMENT -> {
        int tonnes =
            c.getDetails().getTonnesPerYear() == null ? 0 : c.getDetails().getTonnesPerYear();
        var band = fees.band(FeeKind.MANAGEMENT_TONNES, tonnes);
        yield new Line(
            site,
            c.label(),
            tonnes + " t/anno, " + (hazardous ? "pericolosi" : "non pericolosi"),
            band.amount(hazardous),
            band.isSample(),
            band.getSource());
      }
      case TRANSPORT_THIRD_PARTY, TRANSPORT_CAMPANIA_URBAN -> {
        int vehicles = vehiclesOf.applyAsInt(c);
        var band = fees.band(FeeKind.VEHICLE, 0);
        yield new Line(
            site,
            c.label(),
            vehicles + " veicoli",
            band.amount(true).times(vehicles),
            band.isSample(),
            band.getSource());
      }
      case CAMPANIA_MUNICIPALITY ->
          new Line(site, c.label(), "nessuna tariffa nel tariffario", Money.ZERO, false, "");
    };
  }

  public Money total() {
    return lines.stream().map(Line::amount).reduce(Money.ZERO, Money::plus);
  }
}
