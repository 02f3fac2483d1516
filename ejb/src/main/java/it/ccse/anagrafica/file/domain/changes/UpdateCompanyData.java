package it.ccse.anagrafica.file.domain.changes;

import it.ccse.anagrafica.company.domain.Company;
import it.ccse.anagrafica.company.domain.IdentityChange;
import it.ccse.anagrafica.company.domain.Site;
import it.ccse.anagrafica.file.domain.CompanyFile;
import it.ccse.anagrafica.shared.domain.BirthplaceRegistry;
import it.ccse.anagrafica.shared.domain.ContactPerson;
import it.ccse.anagrafica.shared.domain.FreeText;
import it.ccse.anagrafica.shared.domain.LegalRepresentative;
import it.ccse.anagrafica.shared.domain.PlaceNames;
import it.ccse.anagrafica.shared.domain.Territory;
import java.util.Optional;

/**
 * MD-3. Stored as JSON in pending change sets, so its components stay flat; it builds the value
 * objects the company takes.
 */
public record UpdateCompanyData(
    String ragioneSociale,
    String legalRepName,
    String legalRepSurname,
    String legalRepCodiceFiscale,
    String contactName,
    String contactSurname,
    String contactPhone,
    String contactFax,
    String contactEmail)
    implements Operation {

  public static UpdateCompanyData of(Company c) {
    return of(c.getRagioneSociale(), c.getLegalRepresentative(), c.getContactPerson());
  }

  /** The operation for the data as a form holds them. */
  public static UpdateCompanyData of(
      String ragioneSociale, LegalRepresentative representative, ContactPerson contact) {
    return new UpdateCompanyData(
        ragioneSociale,
        representative.getName(),
        representative.getSurname(),
        representative.getCodiceFiscale(),
        contact.getName(),
        contact.getSurname(),
        contact.getPhone(),
        contact.getFax(),
        contact.getEmail());
  }

  @Override
  public Optional<Site> site(CompanyFile file) {
    return Optional.empty();
  }

  @Override
  public ChangeLine describe(CompanyFile file, PlaceNames places) {
    return new ChangeLine(
        ChangeLines.siteName(Optional.empty()),
        "change.companyData",
        file.getCompany().getRagioneSociale(),
        text(of(file.getCompany())),
        text(this));
  }

  @Override
  public Operation checked(Territory territory, BirthplaceRegistry birthplaces) {
    return new UpdateCompanyData(
        Inputs.text("ragioneSociale", ragioneSociale, FreeText.COMPANY_NAME),
        Inputs.text("legalRepName", legalRepName, FreeText.PERSON_NAME),
        Inputs.text("legalRepSurname", legalRepSurname, FreeText.PERSON_NAME),
        Inputs.personalCodiceFiscale("legalRepCodiceFiscale", legalRepCodiceFiscale, birthplaces),
        Inputs.optionalText("contactName", contactName, FreeText.PERSON_NAME),
        Inputs.optionalText("contactSurname", contactSurname, FreeText.PERSON_NAME),
        Inputs.optionalPhone("contactPhone", contactPhone),
        Inputs.optionalPhone("contactFax", contactFax),
        Inputs.optionalEmail("contactEmail", contactEmail));
  }

  private static String text(UpdateCompanyData d) {
    return ChangeLines.join(
        d.ragioneSociale,
        "- leg. rapp.",
        d.legalRepName,
        d.legalRepSurname,
        d.legalRepCodiceFiscale,
        "- referente",
        d.contactName,
        d.contactSurname,
        d.contactPhone,
        d.contactFax,
        d.contactEmail);
  }

  /**
   * The contact person changes at once; ragione sociale and legal representative only on CCSE's
   * approval of the {@link IdentityChange} the signature asks for ({@link #identityRequested}).
   */
  @Override
  public void applyTo(CompanyFile file) {
    file.getCompany()
        .updateContactPerson(
            ContactPerson.of(contactName, contactSurname, contactPhone, contactFax, contactEmail));
  }

  public LegalRepresentative legalRepresentative() {
    return LegalRepresentative.of(legalRepName, legalRepSurname, legalRepCodiceFiscale);
  }

  /** MD-3: whether signing this asks CCSE to change the company's identity. */
  public boolean identityRequested(Company company) {
    return IdentityChange.needed(company, ragioneSociale, legalRepresentative());
  }
}
