package it.ccse.anagrafica.file.domain.changes;

import it.ccse.anagrafica.company.domain.Contacts;
import it.ccse.anagrafica.file.domain.CompanyFile;
import it.ccse.anagrafica.shared.domain.BirthplaceRegistry;
import it.ccse.anagrafica.shared.domain.PlaceNames;
import it.ccse.anagrafica.shared.domain.Territory;

/** MD-7 "ASSOCIA DELEGATO" with the contacts for this device. */
public record AssociateDelegate(
    String device, String delegate, String phone, String fax, String email) implements OnDevice {

  @Override
  public ChangeLine describe(CompanyFile file, PlaceNames places) {
    return line(
        file,
        "change.associateDelegate",
        "",
        file.delegate(delegate).fullName() + " - " + new Contacts(phone, fax, email).summary());
  }

  @Override
  public void applyTo(CompanyFile file) {
    file.device(device).associate(file.delegate(delegate), new Contacts(phone, fax, email));
  }

  @Override
  public Operation checked(Territory territory, BirthplaceRegistry birthplaces) {
    var contacts = new Contacts(phone, fax, email);
    return new AssociateDelegate(
        device, delegate, contacts.getPhone(), contacts.getFax(), contacts.getEmail());
  }
}
