package it.ccse.anagrafica.web.file.editors;

import it.ccse.anagrafica.file.application.FileViews.SiteView;
import it.ccse.anagrafica.file.domain.changes.AssociateCategory;
import it.ccse.anagrafica.file.domain.changes.AssociateDelegate;
import it.ccse.anagrafica.file.domain.changes.RemoveCategory;
import it.ccse.anagrafica.file.domain.changes.RemoveDelegate;
import it.ccse.anagrafica.file.domain.changes.UpdateContacts;
import it.ccse.anagrafica.file.domain.changes.recipes.NewDevice;
import it.ccse.anagrafica.web.file.ModificationArea;
import it.ccse.anagrafica.web.file.ModificationArea.Editor;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Set;

/** MD-7: a device's categories and delegates with their contacts, and new devices. */
@Named
@ViewScoped
public class DeviceEditor implements SectionEditor, Serializable {

  private static final long serialVersionUID = 1L;
  private static final Set<Editor> EDITS =
      Set.of(Editor.DEVICE_CATEGORY, Editor.DEVICE_DELEGATE, Editor.CONTACTS, Editor.NEW_DEVICE);

  @Inject private ModificationArea area;

  private String device;
  private String category;
  private String delegate;
  private ContactsForm contactsForm = new ContactsForm();

  private void open(Editor editor, SiteView owner, String device, String delegate) {
    area.open(editor, owner.publicId());
    this.device = device;
    this.delegate = delegate;
    category = null;
    contactsForm = new ContactsForm();
  }

  /** "ASSOCIA CATEGORIA". */
  public void associateCategory(SiteView owner, String device) {
    open(Editor.DEVICE_CATEGORY, owner, device, null);
  }

  /** "ASSOCIA DELEGATO". */
  public void associateDelegate(SiteView owner, String device) {
    open(Editor.DEVICE_DELEGATE, owner, device, null);
  }

  /** Contacts "MODIFICA". */
  public void editContacts(SiteView owner, String device, String delegate) {
    open(Editor.CONTACTS, owner, device, delegate);
    owner.devices().stream()
        .filter(d -> d.publicId().equals(device))
        .flatMap(d -> d.delegates().stream())
        .filter(d -> d.delegatePublicId().equals(delegate))
        .findFirst()
        .ifPresent(
            d -> {
              contactsForm.setPhone(d.phone());
              contactsForm.setFax(d.fax());
              contactsForm.setEmail(d.email());
            });
  }

  /** "AGGIUNGI DISPOSITIVO": requested with the category it will carry. */
  public void newDevice(SiteView owner) {
    open(Editor.NEW_DEVICE, owner, null, null);
  }

  /** "RIMUOVI". */
  public void removeCategory(String device, String category) {
    area.change(new RemoveCategory(device, category));
  }

  public void removeDelegate(String device, String delegate) {
    area.change(new RemoveDelegate(device, delegate));
  }

  @Override
  public boolean opens(Editor editor) {
    return EDITS.contains(editor);
  }

  @Override
  public void save() {
    var c = contactsForm;
    switch (area.getEditor()) {
      case DEVICE_CATEGORY -> area.change(new AssociateCategory(device, category));
      case DEVICE_DELEGATE ->
          area.change(
              new AssociateDelegate(device, delegate, c.getPhone(), c.getFax(), c.getEmail()));
      case CONTACTS ->
          area.change(new UpdateContacts(device, delegate, c.getPhone(), c.getFax(), c.getEmail()));
      default -> area.change(new NewDevice(area.siteId(), category));
    }
  }

  public ContactsForm getContactsForm() {
    return contactsForm;
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
}
