package it.ccse.anagrafica.web.sectors;

import it.ccse.anagrafica.sectors.application.ActivitySectors;
import it.ccse.anagrafica.sectors.application.SectorViews.ContactView;
import it.ccse.anagrafica.sectors.application.SectorViews.SectorView;
import it.ccse.anagrafica.web.accounts.CurrentUser;
import it.ccse.anagrafica.web.file.DeviceInUse;
import it.ccse.anagrafica.web.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * "Contatti" (CO-1), {@code contatti.xhtml?id=}: a sector picked, "Inserisci contatto" with
 * "Aggiungi contatto", and "Lista contatti" with edit and remove; each change is kept at once.
 */
@Named
@ViewScoped
public class SectorContactsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ActivitySectors sectors;
  @Inject private CurrentUser user;
  @Inject private DeviceInUse deviceInUse;
  @Inject private Messages messages;

  private String id;
  private boolean available;
  private List<SectorView> list = List.of();
  private SectorView sector;
  private ContactForm form = new ContactForm();

  /** f:viewAction, with f:viewParam id (the sector; else the first of the list). */
  public void load() {
    available = sectors.isAvailable(user.username(), deviceInUse.get());
    if (available) {
      list = sectors.list(user.username(), deviceInUse.get());
      if (id == null && !list.isEmpty()) {
        id = list.get(0).id();
      }
      sectorChanged();
    }
  }

  /** Another sector picked. */
  public void sectorChanged() {
    sector = id == null ? null : sectors.find(user.username(), deviceInUse.get(), id);
    form = new ContactForm();
  }

  /** "Aggiungi contatto", or the changes of the contact being edited. */
  public void save() {
    if (form.getId() == null) {
      sector =
          sectors.addContact(
              user.username(), deviceInUse.get(), id, sector.version(), form.details());
      messages.info(null, "sector.contact.added");
    } else {
      sector =
          sectors.editContact(
              user.username(),
              deviceInUse.get(),
              id,
              sector.version(),
              form.getId(),
              form.details());
      messages.info(null, "sector.contact.edited");
    }
    form = new ContactForm();
  }

  public void edit(ContactView contact) {
    form = ContactForm.of(contact);
  }

  public void cancelEdit() {
    form = new ContactForm();
  }

  public void remove(ContactView contact) {
    sector =
        sectors.removeContact(
            user.username(), deviceInUse.get(), id, sector.version(), contact.id());
    form = new ContactForm();
    messages.info(null, "sector.contact.removed");
  }

  public boolean isAvailable() {
    return available;
  }

  public List<SectorView> getList() {
    return list;
  }

  public SectorView getSector() {
    return sector;
  }

  public boolean isEditable() {
    return sector != null && sector.editable();
  }

  public ContactForm getForm() {
    return form;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
