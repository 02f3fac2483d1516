package it.ccse.anagrafica.file.domain.changes;

import it.ccse.anagrafica.company.domain.Contacts;
import it.ccse.anagrafica.file.domain.CompanyFile;
import it.ccse.anagrafica.shared.domain.BirthplaceRegistry;
import it.ccse.anagrafica.shared.domain.PlaceNames;
import it.ccse.anagrafica.shared.domain.Territory;

/** MD-7 contacts "MODIFICA": the only editable data of a device. */
public record UpdateContacts(String device, String delegate, String phone, String fax, String email)
    implements OnDevice {

  @Override
  public ChangeLine describe(CompanyFile file, PlaceNames places) {
    var d = file.device(device);
    var person = file.delegate(delegate);
    return new ChangeLine(
        d.getSite().getName(),
        "change.updateContacts",
        d.label() + " - " + person.fullName(),
        d.association(person).map(a -> a.getContacts().summary()).orElse(""),
        new Contacts(phone, fax, email).summary());
  }

  @Override
  public void applyTo(CompanyFile file) {
    file.device(device).updateContacts(file.delegate(delegate), new Contacts(phone, fax, email));
  }

  @Override
  public Operation checked(Territory territory, BirthplaceRegistry birthplaces) {
    var contacts = new Contacts(phone, fax, email);
    return new UpdateContacts(
        device, delegate, contacts.getPhone(), contacts.getFax(), contacts.getEmail());
  }
}
