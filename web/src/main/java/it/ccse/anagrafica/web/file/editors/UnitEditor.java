package it.ccse.anagrafica.web.file.editors;

import it.ccse.anagrafica.file.application.FileViews.SiteView;
import it.ccse.anagrafica.file.domain.changes.DescribeLocalUnit;
import it.ccse.anagrafica.web.file.ModificationArea;
import it.ccse.anagrafica.web.file.ModificationArea.Editor;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** MD-8: a local unit's name and employees. */
@Named
@ViewScoped
public class UnitEditor implements SectionEditor, Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ModificationArea area;

  private UnitForm unitForm = new UnitForm();

  public void open(SiteView unit) {
    area.open(Editor.UNIT, unit.publicId());
    unitForm = new UnitForm();
    unitForm.setName(unit.name());
    unitForm.setEmployees(unit.employees());
  }

  @Override
  public boolean opens(Editor editor) {
    return editor == Editor.UNIT;
  }

  @Override
  public void save() {
    area.change(new DescribeLocalUnit(area.siteId(), unitForm.getName(), unitForm.getEmployees()));
  }

  public UnitForm getUnitForm() {
    return unitForm;
  }
}
