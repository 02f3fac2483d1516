package it.ccse.anagrafica.web.file.editors;

import it.ccse.anagrafica.categories.domain.obligations.EmployeeThreshold;
import it.ccse.anagrafica.file.application.FileViews.FileView;
import it.ccse.anagrafica.file.domain.changes.UpdateCompanyData;
import java.io.Serializable;

/** The company data and employee class as typed (MD-3, TH-2). */
public class CompanyForm implements Serializable {

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

  /** The form as the file shows the company now. */
  static CompanyForm of(FileView file) {
    var form = new CompanyForm();
    form.ragioneSociale = file.ragioneSociale();
    form.legalRepName = file.legalRepName();
    form.legalRepSurname = file.legalRepSurname();
    form.legalRepCodiceFiscale = file.legalRepCodiceFiscale();
    form.contactName = file.contactName();
    form.contactSurname = file.contactSurname();
    form.contactPhone = file.contactPhone();
    form.contactFax = file.contactFax();
    form.contactEmail = file.contactEmail();
    form.employeeThreshold = file.employeeThreshold();
    return form;
  }

  UpdateCompanyData data() {
    return new UpdateCompanyData(
        ragioneSociale,
        legalRepName,
        legalRepSurname,
        legalRepCodiceFiscale,
        contactName,
        contactSurname,
        contactPhone,
        contactFax,
        contactEmail);
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
}
