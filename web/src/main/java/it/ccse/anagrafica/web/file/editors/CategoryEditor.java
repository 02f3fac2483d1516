package it.ccse.anagrafica.web.file.editors;

import it.ccse.anagrafica.file.application.FileViews.SiteView;
import it.ccse.anagrafica.file.domain.changes.DeleteCategory;
import it.ccse.anagrafica.file.domain.changes.ModifyCategory;
import it.ccse.anagrafica.file.domain.changes.recipes.NewCategory;
import it.ccse.anagrafica.file.domain.changes.recipes.NewDevice;
import it.ccse.anagrafica.web.file.ModificationArea;
import it.ccse.anagrafica.web.file.ModificationArea.Editor;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** MD-5: a site's categories, added (onto a device, MD-2), modified or deleted. */
@Named
@ViewScoped
public class CategoryEditor implements SectionEditor, Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ModificationArea area;

  private CategoryForm categoryForm = new CategoryForm();
  private String category;
  private String device;

  /** MD-5 with MD-2: a new category goes onto a device of the site, or a new one, at once. */
  public void add(SiteView target) {
    area.open(Editor.ADD_CATEGORY, target.publicId());
    categoryForm = new CategoryForm();
    device = null;
  }

  public void modify(SiteView owner, String category) {
    area.open(Editor.MODIFY_CATEGORY, owner.publicId());
    this.category = category;
    categoryForm =
        owner.categories().stream()
            .filter(c -> c.publicId().equals(category))
            .findFirst()
            .map(CategoryForm::of)
            .orElseGet(CategoryForm::new);
  }

  public void delete(String category) {
    area.change(new DeleteCategory(category));
  }

  @Override
  public boolean opens(Editor editor) {
    return editor == Editor.ADD_CATEGORY || editor == Editor.MODIFY_CATEGORY;
  }

  @Override
  public void save() {
    if (area.getEditor() == Editor.ADD_CATEGORY) {
      area.change(
          new NewCategory(
              area.siteId(), categoryForm.getCategoryType(), categoryForm.details(), device));
    } else {
      area.change(new ModifyCategory(category, categoryForm.details()));
    }
  }

  /** The choice "a new device" among the site's devices. */
  public String getNewDevice() {
    return NewDevice.NEW;
  }

  public CategoryForm getCategoryForm() {
    return categoryForm;
  }

  public String getDevice() {
    return device;
  }

  public void setDevice(String device) {
    this.device = device;
  }
}
