package it.ccse.anagrafica.web.file.editors;

import it.ccse.anagrafica.categories.domain.obligations.EmployeeThreshold;
import it.ccse.anagrafica.file.application.FileViews.FileView;
import it.ccse.anagrafica.file.domain.changes.UpdateCompanyData;
import it.ccse.anagrafica.shared.domain.ContactPerson;
import it.ccse.anagrafica.shared.domain.LegalRepresentative;
import java.io.Serializable;

/** The company data and employee class as typed (MD-3, TH-2). */
public class CompanyForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String ragioneSociale;
  private LegalRepresentative legalRepresentative = new LegalRepresentative();
  private ContactPerson contactPerson = new ContactPerson();
  private EmployeeThreshold employeeThreshold;

  /** The form as the file shows the company now. */
  static CompanyForm of(FileView file) {
    var form = new CompanyForm();
    form.ragioneSociale = file.ragioneSociale();
    form.legalRepresentative = file.legalRepresentative().copy();
    form.contactPerson = file.contactPerson().copy();
    form.employeeThreshold = file.employeeThreshold();
    return form;
  }

  UpdateCompanyData data() {
    return UpdateCompanyData.of(ragioneSociale, legalRepresentative, contactPerson);
  }

  public String getRagioneSociale() {
    return ragioneSociale;
  }

  public void setRagioneSociale(String ragioneSociale) {
    this.ragioneSociale = ragioneSociale;
  }

  public LegalRepresentative getLegalRepresentative() {
    return legalRepresentative;
  }

  public ContactPerson getContactPerson() {
    return contactPerson;
  }

  public EmployeeThreshold getEmployeeThreshold() {
    return employeeThreshold;
  }

  public void setEmployeeThreshold(EmployeeThreshold employeeThreshold) {
    this.employeeThreshold = employeeThreshold;
  }
}
