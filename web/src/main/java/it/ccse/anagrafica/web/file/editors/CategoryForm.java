package it.ccse.anagrafica.web.file.editors;

import it.ccse.anagrafica.categories.domain.CategoryType;
import it.ccse.anagrafica.file.application.FileViews.CategoryView;
import it.ccse.anagrafica.file.domain.changes.Details;
import java.io.Serializable;

/** A category's type and details as typed (MD-5, MD-10, MD-12). */
public class CategoryForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private CategoryType categoryType;
  private Boolean hazardous;
  private Boolean nonHazardous;
  private Boolean urban;
  private Integer categoryEmployees;
  private Integer tonnesPerYear;
  private Integer inhabitants;
  private String description;
  private Boolean organisedCircuit;

  /** The form as the file shows a category now. */
  static CategoryForm of(CategoryView category) {
    var form = new CategoryForm();
    var d = category.values();
    form.categoryType = category.type();
    form.hazardous = d.hazardous();
    form.nonHazardous = d.nonHazardous();
    form.urban = d.urban();
    form.categoryEmployees = d.employees();
    form.tonnesPerYear = d.tonnesPerYear();
    form.inhabitants = d.inhabitants();
    form.description = d.description();
    form.organisedCircuit = d.organisedCircuit();
    return form;
  }

  /** The category details as typed (MD-10). */
  Details details() {
    return new Details(
        hazardous,
        nonHazardous,
        urban,
        categoryEmployees,
        tonnesPerYear,
        inhabitants,
        description,
        organisedCircuit);
  }

  /** MD-10: whether the chosen category type asks for a detail (a {@code Detail} name). */
  public boolean asks(String detail) {
    return categoryType != null && categoryType.asks(CategoryType.Detail.valueOf(detail));
  }

  /** The types a user may add. */
  public CategoryType[] getAddableTypes() {
    return CategoryType.addable();
  }

  public CategoryType getCategoryType() {
    return categoryType;
  }

  public void setCategoryType(CategoryType categoryType) {
    this.categoryType = categoryType;
  }

  public Boolean getHazardous() {
    return hazardous;
  }

  public void setHazardous(Boolean hazardous) {
    this.hazardous = hazardous;
  }

  public Boolean getNonHazardous() {
    return nonHazardous;
  }

  public void setNonHazardous(Boolean nonHazardous) {
    this.nonHazardous = nonHazardous;
  }

  public Boolean getUrban() {
    return urban;
  }

  public void setUrban(Boolean urban) {
    this.urban = urban;
  }

  public Integer getCategoryEmployees() {
    return categoryEmployees;
  }

  public void setCategoryEmployees(Integer categoryEmployees) {
    this.categoryEmployees = categoryEmployees;
  }

  public Integer getTonnesPerYear() {
    return tonnesPerYear;
  }

  public void setTonnesPerYear(Integer tonnesPerYear) {
    this.tonnesPerYear = tonnesPerYear;
  }

  public Integer getInhabitants() {
    return inhabitants;
  }

  public void setInhabitants(Integer inhabitants) {
    this.inhabitants = inhabitants;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public Boolean getOrganisedCircuit() {
    return organisedCircuit;
  }

  public void setOrganisedCircuit(Boolean organisedCircuit) {
    this.organisedCircuit = organisedCircuit;
  }
}
