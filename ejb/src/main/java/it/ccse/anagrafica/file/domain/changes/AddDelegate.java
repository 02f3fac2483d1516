package it.ccse.anagrafica.file.domain.changes;

import it.ccse.anagrafica.file.domain.CompanyFile;
import it.ccse.anagrafica.shared.domain.BirthplaceRegistry;
import it.ccse.anagrafica.shared.domain.FreeText;
import it.ccse.anagrafica.shared.domain.PlaceNames;
import it.ccse.anagrafica.shared.domain.Territory;

/** MD-6, MD-13: a new delegate, to be associated to a device in the same set. */
public record AddDelegate(String site, String id, String name, String surname, String codiceFiscale)
    implements OnSite {

  @Override
  public ChangeLine describe(CompanyFile file, PlaceNames places) {
    return new ChangeLine(
        file.site(site).getName(), "change.addDelegate", name + " " + surname, "", codiceFiscale);
  }

  @Override
  public void applyTo(CompanyFile file) {
    file.site(site).addDelegate(id, name, surname, codiceFiscale);
  }

  @Override
  public Operation checked(Territory territory, BirthplaceRegistry birthplaces) {
    return new AddDelegate(
        site,
        id,
        Inputs.text("delegateName", name, FreeText.PERSON_NAME),
        Inputs.text("delegateSurname", surname, FreeText.PERSON_NAME),
        Inputs.personalCodiceFiscale("codiceFiscale", codiceFiscale, birthplaces));
  }
}
