package it.ccse.anagrafica.web.file;

import it.ccse.anagrafica.categories.domain.CategoryType;
import it.ccse.anagrafica.categories.domain.obligations.EmployeeThreshold;
import it.ccse.anagrafica.file.application.FileViews.CategoryView;
import it.ccse.anagrafica.file.domain.changes.Details;
import it.ccse.anagrafica.shared.application.ReferenceData;
import jakarta.enterprise.inject.spi.CDI;
import java.io.Serializable;
import java.util.List;

/**
 * What the user types in the modification area's editor (MD-3..MD-8, MD-12): one form for every
 * section, since only one section is edited at a time. The rules are the services'.
 */
public class EditorForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String ragioneSociale;
  private String legalRepName;
  private String legalRepSurname;
  private String legalRepCodiceFiscale;
  private String contactName;
  private String contactSurname;
  private String contactPhone;
  private String contactFax;
  private String contactEmail;
  private EmployeeThreshold employeeThreshold;
  private String street;
  private String streetNumber;
  private String cap;
  private String regionCode;
  private String provinceSigla;
  private String comuneIstatCode;
  private String name;
  private Integer employees;
  private String tradeAssociation;
  private CategoryType categoryType;
  private Boolean hazardous;
  private Boolean nonHazardous;
  private Boolean urban;
  private Integer categoryEmployees;
  private Integer tonnesPerYear;
  private Integer inhabitants;
  private String description;
  private Boolean organisedCircuit;
  private String delegateName;
  private String delegateSurname;
  private String codiceFiscale;

  /** MD-12: the codice fiscale of a delegate already in the file, chosen instead of typing one. */
  private String existingDelegate;

  private String phone;
  private String fax;
  private String email;
  private String category;
  private String delegate;
  private String device;

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

  void details(CategoryView category) {
    var d = category.values();
    categoryType = category.type();
    hazardous = d.hazardous();
    nonHazardous = d.nonHazardous();
    urban = d.urban();
    categoryEmployees = d.employees();
    tonnesPerYear = d.tonnesPerYear();
    inhabitants = d.inhabitants();
    description = d.description();
    organisedCircuit = d.organisedCircuit();
  }

  /** MD-10: whether the chosen category type asks for a detail (a {@code Detail} name). */
  public boolean asks(String detail) {
    return categoryType != null && categoryType.asks(CategoryType.Detail.valueOf(detail));
  }

  /** Region → province → comune: a new region clears what depended on the old one. */
  public void regionChanged() {
    provinceSigla = null;
    comuneIstatCode = null;
  }

  public void provinceChanged() {
    comuneIstatCode = null;
  }

  /** The CAP follows the comune: the comune's is proposed when none or another's was typed. */
  public void comuneChanged() {
    cap = reference().proposedCap(comuneIstatCode, cap);
  }

  public List<ReferenceData.Option> getRegions() {
    return reference().regions();
  }

  public List<ReferenceData.Option> getProvinces() {
    return regionCode == null ? List.of() : reference().provincesOf(regionCode);
  }

  public List<ReferenceData.Option> getComuni() {
    return provinceSigla == null ? List.of() : reference().comuniOf(provinceSigla);
  }

  private static ReferenceData reference() {
    return CDI.current().select(ReferenceData.class).get();
  }

  public String getRagioneSociale() {
    return ragioneSociale;
  }

  public void setRagioneSociale(String ragioneSociale) {
    this.ragioneSociale = ragioneSociale;
  }

  public String getLegalRepName() {
    return legalRepName;
  }

  public void setLegalRepName(String legalRepName) {
    this.legalRepName = legalRepName;
  }

  public String getLegalRepSurname() {
    return legalRepSurname;
  }

  public void setLegalRepSurname(String legalRepSurname) {
    this.legalRepSurname = legalRepSurname;
  }

  public String getLegalRepCodiceFiscale() {
    return legalRepCodiceFiscale;
  }

  public void setLegalRepCodiceFiscale(String legalRepCodiceFiscale) {
    this.legalRepCodiceFiscale = legalRepCodiceFiscale;
  }

  public String getContactName() {
    return contactName;
  }

  public void setContactName(String contactName) {
    this.contactName = contactName;
  }

  public String getContactSurname() {
    return contactSurname;
  }

  public void setContactSurname(String contactSurname) {
    this.contactSurname = contactSurname;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public void setContactPhone(String contactPhone) {
    this.contactPhone = contactPhone;
  }

  public String getContactFax() {
    return contactFax;
  }

  public void setContactFax(String contactFax) {
    this.contactFax = contactFax;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public void setContactEmail(String contactEmail) {
    this.contactEmail = contactEmail;
  }

  public EmployeeThreshold getEmployeeThreshold() {
    return employeeThreshold;
  }

  public void setEmployeeThreshold(EmployeeThreshold employeeThreshold) {
    this.employeeThreshold = employeeThreshold;
  }

  public String getStreet() {
    return street;
  }

  public void setStreet(String street) {
    this.street = street;
  }

  public String getStreetNumber() {
    return streetNumber;
  }

  public void setStreetNumber(String streetNumber) {
    this.streetNumber = streetNumber;
  }

  public String getCap() {
    return cap;
  }

  public void setCap(String cap) {
    this.cap = cap;
  }

  public String getRegionCode() {
    return regionCode;
  }

  public void setRegionCode(String regionCode) {
    this.regionCode = regionCode;
  }

  public String getProvinceSigla() {
    return provinceSigla;
  }

  public void setProvinceSigla(String provinceSigla) {
    this.provinceSigla = provinceSigla;
  }

  public String getComuneIstatCode() {
    return comuneIstatCode;
  }

  public void setComuneIstatCode(String comuneIstatCode) {
    this.comuneIstatCode = comuneIstatCode;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Integer getEmployees() {
    return employees;
  }

  public void setEmployees(Integer employees) {
    this.employees = employees;
  }

  public String getTradeAssociation() {
    return tradeAssociation;
  }

  public void setTradeAssociation(String tradeAssociation) {
    this.tradeAssociation = tradeAssociation;
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

  public String getDelegateName() {
    return delegateName;
  }

  public void setDelegateName(String delegateName) {
    this.delegateName = delegateName;
  }

  public String getDelegateSurname() {
    return delegateSurname;
  }

  public void setDelegateSurname(String delegateSurname) {
    this.delegateSurname = delegateSurname;
  }

  public String getCodiceFiscale() {
    return codiceFiscale;
  }

  public void setCodiceFiscale(String codiceFiscale) {
    this.codiceFiscale = codiceFiscale;
  }

  public String getExistingDelegate() {
    return existingDelegate;
  }

  public void setExistingDelegate(String existingDelegate) {
    this.existingDelegate = existingDelegate;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getFax() {
    return fax;
  }

  public void setFax(String fax) {
    this.fax = fax;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getDelegate() {
    return delegate;
  }

  public void setDelegate(String delegate) {
    this.delegate = delegate;
  }

  public String getDevice() {
    return device;
  }

  public void setDevice(String device) {
    this.device = device;
  }
}
