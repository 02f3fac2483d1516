package it.ccse.anagrafica.web.file.editors;

import it.ccse.anagrafica.file.application.FileViews.SiteView;
import it.ccse.anagrafica.file.domain.changes.DeleteDelegate;
import it.ccse.anagrafica.file.domain.changes.recipes.NewDelegate;
import it.ccse.anagrafica.web.file.ModificationArea;
import it.ccse.anagrafica.web.file.ModificationArea.Editor;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** MD-6: a site's delegates, added (onto a device with contacts, MD-2) or deleted (MD-13). */
@Named
@ViewScoped
public class DelegateEditor implements SectionEditor, Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ModificationArea area;

  private PersonForm personForm = new PersonForm();
  private ContactsForm contactsForm = new ContactsForm();
  private String device;

  /** MD-6 with MD-2: a new delegate goes onto a device of the site with its contacts. */
  public void add(SiteView target) {
    area.open(Editor.ADD_DELEGATE, target.publicId());
    personForm = new PersonForm();
    contactsForm = new ContactsForm();
    device = null;
  }

  public void delete(String delegate) {
    area.change(new DeleteDelegate(delegate));
  }

  @Override
  public boolean opens(Editor editor) {
    return editor == Editor.ADD_DELEGATE;
  }

  @Override
  public void save() {
    area.change(
        new NewDelegate(area.siteId(), personForm.person(), device, contactsForm.contacts()));
  }

  public PersonForm getPersonForm() {
    return personForm;
  }

  public ContactsForm getContactsForm() {
    return contactsForm;
  }

  public String getDevice() {
    return device;
  }

  public void setDevice(String device) {
    this.device = device;
  }
}
