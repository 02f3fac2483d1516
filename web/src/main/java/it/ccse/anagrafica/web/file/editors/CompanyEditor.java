package it.ccse.anagrafica.web.file.editors;

import it.ccse.anagrafica.categories.domain.obligations.EmployeeThreshold;
import it.ccse.anagrafica.file.domain.changes.recipes.CompanyDataEdit;
import it.ccse.anagrafica.web.file.ModificationArea;
import it.ccse.anagrafica.web.file.ModificationArea.Editor;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** MD-3 "Dati societari" with the employee class (TH-2). */
@Named
@ViewScoped
public class CompanyEditor implements SectionEditor, Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ModificationArea area;

  private CompanyForm companyForm = new CompanyForm();

  public void open() {
    area.open(Editor.COMPANY, null);
    companyForm = CompanyForm.of(area.getFile());
  }

  @Override
  public boolean opens(Editor editor) {
    return editor == Editor.COMPANY;
  }

  @Override
  public void save() {
    area.change(new CompanyDataEdit(companyForm.data(), companyForm.getEmployeeThreshold()));
  }

  public EmployeeThreshold[] getThresholds() {
    return EmployeeThreshold.values();
  }

  public CompanyForm getCompanyForm() {
    return companyForm;
  }
}
