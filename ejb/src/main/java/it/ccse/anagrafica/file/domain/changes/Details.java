package it.ccse.anagrafica.file.domain.changes;

import it.ccse.anagrafica.categories.domain.CategoryDetails;
import it.ccse.anagrafica.shared.domain.FreeText;
import java.io.Serializable;

/** The details of a category as typed: only simple values, so a set survives as JSON. */
public record Details(
    Boolean hazardous,
    Boolean nonHazardous,
    Boolean urban,
    Integer employees,
    Integer tonnesPerYear,
    Integer inhabitants,
    String description,
    Boolean organisedCircuit)
    implements Serializable {

  public static Details of(CategoryDetails d) {
    return new Details(
        d.getHazardous(),
        d.getNonHazardous(),
        d.getUrban(),
        d.getEmployees(),
        d.getTonnesPerYear(),
        d.getInhabitants(),
        d.getDescription(),
        d.getOrganisedCircuit());
  }

  /** The details in normal form: the description is their only free text. */
  Details checked() {
    return new Details(
        hazardous,
        nonHazardous,
        urban,
        employees,
        tonnesPerYear,
        inhabitants,
        Inputs.optionalText("description", description, FreeText.CATEGORY_DESCRIPTION),
        organisedCircuit);
  }

  public CategoryDetails toDomain() {
    return new CategoryDetails(
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
