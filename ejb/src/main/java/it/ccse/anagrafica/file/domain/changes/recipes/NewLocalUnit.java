package it.ccse.anagrafica.file.domain.changes.recipes;

import it.ccse.anagrafica.categories.domain.CategoryType;
import it.ccse.anagrafica.company.domain.Site;
import it.ccse.anagrafica.file.domain.CompanyFile;
import it.ccse.anagrafica.file.domain.changes.AddCategory;
import it.ccse.anagrafica.file.domain.changes.AddDelegate;
import it.ccse.anagrafica.file.domain.changes.AddLocalUnit;
import it.ccse.anagrafica.file.domain.changes.AssociateCategory;
import it.ccse.anagrafica.file.domain.changes.AssociateDelegate;
import it.ccse.anagrafica.file.domain.changes.Details;
import it.ccse.anagrafica.file.domain.changes.Operation;
import it.ccse.anagrafica.file.domain.changes.RequestDevice;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * MD-12 "AGGIUNGI UNITÀ LOCALE": the unit, its first category, a new device carrying it and the
 * device's delegate with contacts, in one go. The delegate is a person already in the file, chosen
 * by codice fiscale ({@code existingDelegate}, issue 14 defect 15), or the one typed.
 */
public record NewLocalUnit(
    Unit unit,
    CategoryType categoryType,
    Details details,
    String existingDelegate,
    Person delegate,
    DeviceContacts contacts)
    implements ChangeRecipe {

  /** The unit as typed (the address as in {@link AddLocalUnit}). */
  public record Unit(
      String name,
      String street,
      String streetNumber,
      String cap,
      String regionCode,
      String provinceSigla,
      String comuneIstatCode,
      Integer employees,
      String tradeAssociation)
      implements Serializable {}

  @Override
  public List<Operation> operations(CompanyFile pending, Supplier<String> newIds) {
    String site = newIds.get();
    String category = newIds.get();
    String device = newIds.get();
    String person = newIds.get();
    Person chosen = person(pending);
    return List.of(
        new AddLocalUnit(
            site,
            unit.name(),
            unit.street(),
            unit.streetNumber(),
            unit.cap(),
            unit.regionCode(),
            unit.provinceSigla(),
            unit.comuneIstatCode(),
            unit.employees(),
            unit.tradeAssociation()),
        new AddCategory(site, category, categoryType, details),
        new RequestDevice(site, device),
        new AssociateCategory(device, category),
        new AddDelegate(site, person, chosen.name(), chosen.surname(), chosen.codiceFiscale()),
        new AssociateDelegate(device, person, contacts.phone(), contacts.fax(), contacts.email()));
  }

  /**
   * The first delegate of the file (office first) with the chosen codice fiscale, else the person
   * as typed.
   */
  private Person person(CompanyFile pending) {
    return pending.sites().stream()
        .sorted(Comparator.comparing((Site s) -> !s.isRegisteredOffice()))
        .flatMap(s -> s.getDelegates().stream())
        .filter(d -> d.getCodiceFiscale().equals(existingDelegate))
        .findFirst()
        .map(d -> new Person(d.getName(), d.getSurname(), d.getCodiceFiscale()))
        .orElse(delegate);
  }
}
