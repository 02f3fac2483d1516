package it.ccse.anagrafica.company.domain;

import it.ccse.anagrafica.shared.domain.PlaceNames;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
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

  @Column(name = "legal_rep_name")
  private String legalRepName;

  @Column(name = "legal_rep_surname")
  private String legalRepSurname;

  @Column(name = "legal_rep_codice_fiscale")
  private String legalRepCodiceFiscale;

  private String email;
  private String pec;
  private String phone;

  @Column(name = "contact_name")
  private String contactName;

  @Column(name = "contact_surname")
  private String contactSurname;

  @Column(name = "contact_phone")
  private String contactPhone;

  @Column(name = "contact_email")
  private String contactEmail;

  private String iban;

  @Column(name = "bank_name")
  private String bankName;

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
    fields.put("legalRepName", legalRepName);
    fields.put("legalRepSurname", legalRepSurname);
    fields.put("legalRepCodiceFiscale", legalRepCodiceFiscale);
    fields.put("email", email);
    fields.put("pec", pec);
    fields.put("phone", phone);
    fields.put("contactName", contactName);
    fields.put("contactSurname", contactSurname);
    fields.put("contactPhone", contactPhone);
    fields.put("contactEmail", contactEmail);
    fields.put("iban", iban);
    fields.put("bankName", bankName);
    return fields;
  }

  /**
   * What is still to fill in, in form order: the form can be issued only when nothing is. The
   * contact person ("Referente") is reached by phone or e-mail, so one of the two is enough; when
   * both are empty the pair is one missing datum, {@value #CONTACT_PHONE_OR_EMAIL}.
   */
  public List<String> missingFields() {
    List<String> missing = new ArrayList<>();
    boolean reachable = !blank(contactPhone) || !blank(contactEmail);
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

  public CompanyData copy() {
    var copy = new CompanyData();
    copy.ragioneSociale = ragioneSociale;
    copy.codiceFiscale = codiceFiscale;
    copy.partitaIva = partitaIva;
    copy.legalForm = legalForm;
    copy.street = street;
    copy.streetNumber = streetNumber;
    copy.cap = cap;
    copy.regionCode = regionCode;
    copy.provinceSigla = provinceSigla;
    copy.comuneIstatCode = comuneIstatCode;
    copy.legalRepName = legalRepName;
    copy.legalRepSurname = legalRepSurname;
    copy.legalRepCodiceFiscale = legalRepCodiceFiscale;
    copy.email = email;
    copy.pec = pec;
    copy.phone = phone;
    copy.contactName = contactName;
    copy.contactSurname = contactSurname;
    copy.contactPhone = contactPhone;
    copy.contactEmail = contactEmail;
    copy.iban = iban;
    copy.bankName = bankName;
    return copy;
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

  public String getLegalRepName() {
    return legalRepName;
  }

  public void setLegalRepName(String legalRepName) {
    this.legalRepName = legalRepName;
  }

  public String getLegalRepSurname() {
    return legalRepSurname;
  }

  public void setLegalRepSurname(String legalRepSurname) {
    this.legalRepSurname = legalRepSurname;
  }

  public String getLegalRepCodiceFiscale() {
    return legalRepCodiceFiscale;
  }

  public void setLegalRepCodiceFiscale(String legalRepCodiceFiscale) {
    this.legalRepCodiceFiscale = legalRepCodiceFiscale;
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

  public String getContactName() {
    return contactName;
  }

  public void setContactName(String contactName) {
    this.contactName = contactName;
  }

  public String getContactSurname() {
    return contactSurname;
  }

  public void setContactSurname(String contactSurname) {
    this.contactSurname = contactSurname;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public void setContactPhone(String contactPhone) {
    this.contactPhone = contactPhone;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public void setContactEmail(String contactEmail) {
    this.contactEmail = contactEmail;
  }

  public String getIban() {
    return iban;
  }

  public void setIban(String iban) {
    this.iban = iban;
  }

  public String getBankName() {
    return bankName;
  }

  public void setBankName(String bankName) {
    this.bankName = bankName;
  }
}
