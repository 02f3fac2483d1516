package it.ccse.anagrafica.file.domain.changes.recipes;

import it.ccse.anagrafica.file.domain.CompanyFile;
import it.ccse.anagrafica.file.domain.changes.AddDelegate;
import it.ccse.anagrafica.file.domain.changes.AssociateDelegate;
import it.ccse.anagrafica.file.domain.changes.Operation;
import java.util.List;
import java.util.function.Supplier;

/** MD-6 with MD-2: a new delegate of a site goes at once onto a device of it, with its contacts. */
public record NewDelegate(String site, Person person, String device, DeviceContacts contacts)
    implements ChangeRecipe {

  @Override
  public List<Operation> operations(CompanyFile pending, Supplier<String> newIds) {
    String delegate = newIds.get();
    return List.of(
        new AddDelegate(site, delegate, person.name(), person.surname(), person.codiceFiscale()),
        new AssociateDelegate(
            device, delegate, contacts.phone(), contacts.fax(), contacts.email()));
  }
}
