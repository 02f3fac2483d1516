package it.ccse.anagrafica.categories.domain;

import it.ccse.anagrafica.categories.domain.CategoryType.Detail;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Objects;

/**
 * The declared details of a category (MD-10): waste types and the chosen thresholds. Which fields
 * apply depends on the {@link CategoryType}; the obligation rules that read them come with MD-11.
 * Immutable: a modification replaces the whole value.
 */
@Embeddable
public class CategoryDetails implements Serializable {

  private static final long serialVersionUID = 1L;

  private Boolean hazardous;

  @Column(name = "non_hazardous")
  private Boolean nonHazardous;

  private Boolean urban;

  @Column(name = "employees_threshold")
  private Integer employees;

  @Column(name = "tonnes_per_year")
  private Integer tonnesPerYear;

  private Integer inhabitants;

  private String description;

  @Column(name = "organised_circuit")
  private Boolean organisedCircuit;

  protected CategoryDetails() {}

  public CategoryDetails(
      Boolean hazardous,
      Boolean nonHazardous,
      Boolean urban,
      Integer employees,
      Integer tonnesPerYear,
      Integer inhabitants,
      String description,
      Boolean organisedCircuit) {
    requireNotNegative(employees);
    requireNotNegative(tonnesPerYear);
    requireNotNegative(inhabitants);
    this.hazardous = hazardous;
    this.nonHazardous = nonHazardous;
    this.urban = urban;
    this.employees = employees;
    this.tonnesPerYear = tonnesPerYear;
    this.inhabitants = inhabitants;
    this.description = description == null || description.isBlank() ? null : description.strip();
    this.organisedCircuit = organisedCircuit;
  }

  public static CategoryDetails none() {
    return new CategoryDetails(null, null, null, null, null, null, null, null);
  }

  /** MD-10: only the details the type asks for; any other value typed is dropped. */
  public CategoryDetails forType(CategoryType type) {
    return new CategoryDetails(
        type.asks(Detail.HAZARDOUS) ? hazardous : null,
        type.asks(Detail.NON_HAZARDOUS) ? nonHazardous : null,
        type.asks(Detail.URBAN) ? urban : null,
        type.asks(Detail.EMPLOYEES) ? employees : null,
        type.asks(Detail.TONNES) ? tonnesPerYear : null,
        type.asks(Detail.INHABITANTS) ? inhabitants : null,
        type.asks(Detail.DESCRIPTION) ? description : null,
        type.asks(Detail.CIRCUIT) ? organisedCircuit : null);
  }

  private static void requireNotNegative(Integer value) {
    if (value != null && value < 0) {
      throw new InvalidValueException("file.negativeThreshold");
    }
  }

  /** For summaries and reports (Italian documents): the filled details in words. */
  public String summary() {
    var parts = new ArrayList<String>();
    if (Boolean.TRUE.equals(hazardous)) {
      parts.add("pericolosi");
    }
    if (Boolean.TRUE.equals(nonHazardous)) {
      parts.add("non pericolosi");
    }
    if (Boolean.TRUE.equals(urban)) {
      parts.add("urbani");
    }
    if (employees != null) {
      parts.add(employees + " addetti");
    }
    if (tonnesPerYear != null) {
      parts.add(tonnesPerYear + " t/anno");
    }
    if (inhabitants != null) {
      parts.add(inhabitants + " abitanti");
    }
    if (organisedCircuit != null) {
      parts.add(organisedCircuit ? "circuito organizzato" : "nessun circuito organizzato");
    }
    if (description != null) {
      parts.add(description);
    }
    return parts.isEmpty() ? "-" : String.join(", ", parts);
  }

  public Boolean getHazardous() {
    return hazardous;
  }

  public Boolean getNonHazardous() {
    return nonHazardous;
  }

  public Boolean getUrban() {
    return urban;
  }

  public Integer getEmployees() {
    return employees;
  }

  public Integer getTonnesPerYear() {
    return tonnesPerYear;
  }

  public Integer getInhabitants() {
    return inhabitants;
  }

  public String getDescription() {
    return description;
  }

  public Boolean getOrganisedCircuit() {
    return organisedCircuit;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CategoryDetails d
        && Objects.equals(hazardous, d.hazardous)
        && Objects.equals(nonHazardous, d.nonHazardous)
        && Objects.equals(urban, d.urban)
        && Objects.equals(employees, d.employees)
        && Objects.equals(tonnesPerYear, d.tonnesPerYear)
        && Objects.equals(inhabitants, d.inhabitants)
        && Objects.equals(description, d.description)
        && Objects.equals(organisedCircuit, d.organisedCircuit);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        hazardous,
        nonHazardous,
        urban,
        employees,
        tonnesPerYear,
        inhabitants,
        description,
        organisedCircuit);
  }
}
