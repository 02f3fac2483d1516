package it.ccse.anagrafica.company.domain;

import it.ccse.anagrafica.shared.domain.Address;
import it.ccse.anagrafica.shared.domain.BankAccount;
import it.ccse.anagrafica.shared.domain.ContactPerson;
import it.ccse.anagrafica.shared.domain.LegalRepresentative;
import it.ccse.anagrafica.shared.domain.PlaceNames;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * "Dati societari" (CD-1): everything a company declares to CCSE, as one value. A submission holds
 * a proposed version; the company holds the validated one.
 *
 * <p>A draft, bound field by field by the forms: it may be half typed, so it holds what is typed
 * and the rules are {@link CompanyDataCheck}'s. The registered office's address stays six strings
 * (the address picker binds them one by one); {@link #address()} gives them as an {@link Address}.
 * The legal representative, the contact person and the bank account are the shared value objects;
 * their getters never give null, so that the forms can bind {@code data.legalRepresentative.name}.
 */
@Embeddable
public class CompanyData implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The missing datum when the contact person has neither phone nor e-mail. */
  public static final String CONTACT_PHONE_OR_EMAIL = "contactPhoneOrEmail";

  @Column(name = "ragione_sociale")
  private String ragioneSociale;

  @Column(name = "codice_fiscale")
  private String codiceFiscale;

  @Column(name = "partita_iva")
  private String partitaIva;

  @Column(name = "legal_form")
  private String legalForm;

  private String street;

  @Column(name = "street_number")
  private String streetNumber;

  private String cap;

  @Column(name = "region_code")
  private String regionCode;

  @Column(name = "province_sigla")
  private String provinceSigla;

  @Column(name = "comune_istat_code")
  private String comuneIstatCode;

  /*
   * The value objects are null when loaded with every column empty (JPA): this class reads them
   * through legalRepresentative(), contactPerson() and bankAccount(), which leave a stored round as
   * it is; the getters put an empty one in place for the forms.
   */
  @Embedded private LegalRepresentative legalRepresentative = new LegalRepresentative();

  private String email;
  private String pec;
  private String phone;

  /** Name, surname, phone and e-mail: the rounds have no fax (see {@link ContactPerson}). */
  @Embedded private ContactPerson contactPerson = new ContactPerson();

  @Embedded private BankAccount bankAccount = new BankAccount();

  /** Every field by its name, in form order: completeness, differences and the PDF use it. */
  public Map<String, String> fields() {
    var fields = new LinkedHashMap<String, String>();
    fields.put("ragioneSociale", ragioneSociale);
    fields.put("codiceFiscale", codiceFiscale);
    fields.put("partitaIva", partitaIva);
    fields.put("legalForm", legalForm);
    fields.put("street", street);
    fields.put("streetNumber", streetNumber);
    fields.put("cap", cap);
    fields.put("regionCode", regionCode);
    fields.put("provinceSigla", provinceSigla);
    fields.put("comuneIstatCode", comuneIstatCode);
    var representative = legalRepresentative();
    fields.put("legalRepName", representative.getName());
    fields.put("legalRepSurname", representative.getSurname());
    fields.put("legalRepCodiceFiscale", representative.getCodiceFiscale());
    fields.put("email", email);
    fields.put("pec", pec);
    fields.put("phone", phone);
    var contact = contactPerson();
    fields.put("contactName", contact.getName());
    fields.put("contactSurname", contact.getSurname());
    fields.put("contactPhone", contact.getPhone());
    fields.put("contactEmail", contact.getEmail());
    var bank = bankAccount();
    fields.put("iban", bank.getIban());
    fields.put("bankName", bank.getBankName());
    return fields;
  }

  /**
   * What is still to fill in, in form order: the form can be issued only when nothing is. The
   * contact person ("Referente") is reached by phone or e-mail, so one of the two is enough; when
   * both are empty the pair is one missing datum, {@value #CONTACT_PHONE_OR_EMAIL}.
   */
  public List<String> missingFields() {
    List<String> missing = new ArrayList<>();
    var contact = contactPerson();
    boolean reachable = !blank(contact.getPhone()) || !blank(contact.getEmail());
    fields()
        .forEach(
            (name, value) -> {
              boolean contactChannel = name.equals("contactPhone") || name.equals("contactEmail");
              if (contactChannel) {
                if (!reachable && name.equals("contactPhone")) {
                  missing.add(CONTACT_PHONE_OR_EMAIL);
                }
              } else if (blank(value)) {
                missing.add(name);
              }
            });
    return missing;
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  /** One field of CCSE's review (AD-1): its value before, if there was one, and now. */
  public record Difference(String field, String before, String after) {

    /** The values as people read them: region, province and comune by name, not by code. */
    public Difference named(PlaceNames places) {
      return new Difference(field, named(before, places), named(after, places));
    }

    private String named(String value, PlaceNames places) {
      Optional<String> name =
          switch (field) {
            case "regionCode" -> places.regionName(value);
            case "provinceSigla" -> places.provinceName(value);
            case "comuneIstatCode" -> places.comuneName(value);
            default -> Optional.empty();
          };
      return name.orElse(value);
    }
  }

  /** Every field as declared, with nothing before: what a first validation reviews (AD-1). */
  public List<Difference> declared() {
    return fields().entrySet().stream()
        .map(f -> new Difference(f.getKey(), null, f.getValue()))
        .toList();
  }

  public List<Difference> differencesFrom(CompanyData before) {
    Map<String, String> old = before.fields();
    List<Difference> differences = new ArrayList<>();
    fields()
        .forEach(
            (name, value) -> {
              if (!Objects.equals(old.get(name), value)) {
                differences.add(new Difference(name, old.get(name), value));
              }
            });
    return differences;
  }

  /** A draft of its own: no value object is shared with this one. */
  public CompanyData copy() {
    var copy = new CompanyData();
    copy.ragioneSociale = ragioneSociale;
    copy.codiceFiscale = codiceFiscale;
    copy.partitaIva = partitaIva;
    copy.legalForm = legalForm;
    copy.address(address());
    copy.legalRepresentative = legalRepresentative();
    copy.email = email;
    copy.pec = pec;
    copy.phone = phone;
    copy.contactPerson = contactPerson();
    copy.bankAccount = bankAccount();
    return copy;
  }

  /** The registered office's address as typed, unchecked ({@link Address#asRecorded}). */
  public Address address() {
    return Address.asRecorded(
        street, streetNumber, cap, regionCode, provinceSigla, comuneIstatCode);
  }

  /** The registered office's address, into the six fields the forms bind. */
  public void address(Address address) {
    this.street = address.street();
    this.streetNumber = address.streetNumber();
    this.cap = address.capCode();
    this.regionCode = address.regionCode();
    this.provinceSigla = address.provinceCode();
    this.comuneIstatCode = address.comuneIstatCode();
  }

  /** A copy, leaving a stored round as it is when its columns were all empty. */
  private LegalRepresentative legalRepresentative() {
    return legalRepresentative == null ? new LegalRepresentative() : legalRepresentative.copy();
  }

  private ContactPerson contactPerson() {
    return contactPerson == null ? new ContactPerson() : contactPerson.copy();
  }

  private BankAccount bankAccount() {
    return bankAccount == null ? new BankAccount() : bankAccount.copy();
  }

  public String getRagioneSociale() {
    return ragioneSociale;
  }

  public void setRagioneSociale(String ragioneSociale) {
    this.ragioneSociale = ragioneSociale;
  }

  public String getCodiceFiscale() {
    return codiceFiscale;
  }

  public void setCodiceFiscale(String codiceFiscale) {
    this.codiceFiscale = codiceFiscale;
  }

  public String getPartitaIva() {
    return partitaIva;
  }

  public void setPartitaIva(String partitaIva) {
    this.partitaIva = partitaIva;
  }

  public String getLegalForm() {
    return legalForm;
  }

  public void setLegalForm(String legalForm) {
    this.legalForm = legalForm;
  }

  public String getStreet() {
    return street;
  }

  public void setStreet(String street) {
    this.street = street;
  }

  public String getStreetNumber() {
    return streetNumber;
  }

  public void setStreetNumber(String streetNumber) {
    this.streetNumber = streetNumber;
  }

  public String getCap() {
    return cap;
  }

  public void setCap(String cap) {
    this.cap = cap;
  }

  public String getRegionCode() {
    return regionCode;
  }

  public void setRegionCode(String regionCode) {
    this.regionCode = regionCode;
  }

  public String getProvinceSigla() {
    return provinceSigla;
  }

  public void setProvinceSigla(String provinceSigla) {
    this.provinceSigla = provinceSigla;
  }

  public String getComuneIstatCode() {
    return comuneIstatCode;
  }

  public void setComuneIstatCode(String comuneIstatCode) {
    this.comuneIstatCode = comuneIstatCode;
  }

  /** The one the forms bind to (never null). */
  public LegalRepresentative getLegalRepresentative() {
    if (legalRepresentative == null) {
      legalRepresentative = new LegalRepresentative();
    }
    return legalRepresentative;
  }

  /** Keeps a copy, so that no two owners share one. */
  public void setLegalRepresentative(LegalRepresentative legalRepresentative) {
    this.legalRepresentative = legalRepresentative.copy();
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPec() {
    return pec;
  }

  public void setPec(String pec) {
    this.pec = pec;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  /** The one the forms bind to (never null). */
  public ContactPerson getContactPerson() {
    if (contactPerson == null) {
      contactPerson = new ContactPerson();
    }
    return contactPerson;
  }

  /** Keeps a copy, so that no two owners share one. */
  public void setContactPerson(ContactPerson contactPerson) {
    this.contactPerson = contactPerson.copy();
  }

  /** The one the forms bind to (never null). */
  public BankAccount getBankAccount() {
    if (bankAccount == null) {
      bankAccount = new BankAccount();
    }
    return bankAccount;
  }

  /** Keeps a copy, so that no two owners share one. */
  public void setBankAccount(BankAccount bankAccount) {
    this.bankAccount = bankAccount.copy();
  }
}
