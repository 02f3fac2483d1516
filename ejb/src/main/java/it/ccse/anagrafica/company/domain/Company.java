package it.ccse.anagrafica.company.domain;

import it.ccse.anagrafica.categories.domain.obligations.EmployeeThreshold;
import it.ccse.anagrafica.shared.domain.Address;
import it.ccse.anagrafica.shared.domain.BankAccount;
import it.ccse.anagrafica.shared.domain.ContactPerson;
import it.ccse.anagrafica.shared.domain.FreeText;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import it.ccse.anagrafica.shared.domain.LegacyKey;
import it.ccse.anagrafica.shared.domain.LegalRepresentative;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** An operator: one legal entity keyed by its codice fiscale, with its sites. */
@Entity
@Table(name = "company")
@NamedQuery(
    name = "Company.byCodiceFiscale",
    query = "select c from Company c where c.codiceFiscale = :codiceFiscale")
public class Company {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "company_seq")
  @SequenceGenerator(name = "company_seq", sequenceName = "company_seq", allocationSize = 50)
  private Long id;

  @Version private long version;

  @Column(name = "codice_fiscale", nullable = false, unique = true)
  private String codiceFiscale;

  @Column(name = "partita_iva")
  private String partitaIva;

  @Column(name = "ragione_sociale", nullable = false)
  private String ragioneSociale;

  @Column(name = "legal_form")
  private String legalForm;

  private String email;
  private String pec;
  private String phone;

  /*
   * The value objects below are null when loaded with every column empty (JPA): they are read
   * through legalRepresentative(), contactPerson() and bankAccount(), and handed out as copies.
   */
  @Embedded private LegalRepresentative legalRepresentative = new LegalRepresentative();

  @Column(name = "privacy_accepted_at")
  private LocalDateTime privacyAcceptedAt;

  /** Name, surname, phone and e-mail; the fax is {@link #contactFax}. */
  @Embedded private ContactPerson contactPerson = new ContactPerson();

  /** The contact person's fax (MD-3), which the data rounds do not have: see ContactPerson. */
  @Column(name = "contact_fax")
  private String contactFax;

  @Enumerated(EnumType.STRING)
  @Column(name = "employee_threshold")
  private EmployeeThreshold declaredEmployees;

  @Embedded private BankAccount bankAccount = new BankAccount();

  @Column(name = "validated_at")
  private LocalDateTime validatedAt;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "imported_at")
  private LocalDateTime importedAt;

  /** RQ-1 "Cessazione Azienda": the file is closed, every user reads only. */
  @Column(name = "ceased_at")
  private LocalDateTime ceasedAt;

  @OneToMany(mappedBy = "company", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<Site> sites = new ArrayList<>();

  protected Company() {}

  public Company(
      String codiceFiscale, String partitaIva, String ragioneSociale, LocalDateTime createdAt) {
    this.codiceFiscale = codiceFiscale;
    this.partitaIva = partitaIva;
    this.ragioneSociale = ragioneSociale;
    this.createdAt = createdAt;
  }

  /** The registered office is unique: declaring it again replaces nothing, it is refused. */
  public Site declareRegisteredOffice(String name) {
    if (registeredOffice().isPresent()) {
      throw new IllegalStateException("The company already has a registered office");
    }
    var office = new Site(this, SiteKind.REGISTERED_OFFICE, name);
    sites.add(office);
    return office;
  }

  /** MD-12: a new local unit, identified by the change set that adds it. */
  public Site addLocalUnit(String publicId, String name) {
    var unit = new Site(this, SiteKind.LOCAL_UNIT, name, publicId);
    sites.add(unit);
    return unit;
  }

  /**
   * ON-7: a local unit of the legacy registry, where CCSE had already validated it, so part of the
   * validated file at once: its name and ULA as MD-8 checks them, its address checked as MD-12's
   * (by the caller, against the ISTAT data). Only for a company imported from the legacy registry;
   * empty when a unit with that key is already there, so a file can be imported again.
   *
   * @param legacyKey the unit's key in the legacy registry ({@link LegacyKey})
   */
  public Optional<Site> importLocalUnit(
      String legacyKey, String name, Address checkedAddress, Integer employees) {
    if (importedAt == null) {
      throw new InvalidValueException("legacyImport.companyNotImported");
    }
    String key = InvalidFieldException.naming("legacyKey", () -> LegacyKey.of(legacyKey));
    if (importedLocalUnit(key).isPresent()) {
      return Optional.empty();
    }
    String checkedName =
        InvalidFieldException.naming("name", () -> FreeText.SITE_NAME.normalised(name));
    if (employees != null && employees < 0) {
      throw new InvalidFieldException("employees", "file.negativeThreshold");
    }
    var unit = addLocalUnit(UUID.randomUUID().toString(), checkedName);
    unit.locate(checkedAddress);
    unit.describe(checkedName, employees);
    unit.importedAs(key);
    return Optional.of(unit);
  }

  /** ON-7: the local unit imported from the legacy registry with that key, if any. */
  public Optional<Site> importedLocalUnit(String legacyKey) {
    return sites.stream()
        .filter(s -> s.legacyKey().filter(legacyKey::equals).isPresent())
        .findFirst();
  }

  /**
   * MD-3 "Dati Azienda" in the modification area: the person to contact changes once signed with
   * PIN; ragione sociale and legal representative wait for CCSE ({@link IdentityChange}).
   */
  public void updateContactPerson(ContactPerson contactPerson) {
    this.contactPerson = withoutFax(contactPerson);
    this.contactFax = contactPerson.getFax();
  }

  /** BR-1 "ALLINEA" on the denominazione of the Business Register. */
  public void rename(String ragioneSociale) {
    this.ragioneSociale = ragioneSociale;
  }

  /** BR-1 "ALLINEA" on the partita IVA of the Business Register (checked when imported, BA-1). */
  public void changePartitaIva(String partitaIva) {
    this.partitaIva = partitaIva;
  }

  /** TH-1, TH-2: the company declares its employee class. */
  public void declareEmployees(EmployeeThreshold threshold) {
    this.declaredEmployees = threshold;
  }

  /**
   * The employee class the obligations use: the declared one; else "more than 10" when the open
   * local units' ULA already add up to more; else none yet (TH-1 asks for the declaration).
   */
  public Optional<EmployeeThreshold> employeeThreshold() {
    if (declaredEmployees != null) {
      return Optional.of(declaredEmployees);
    }
    int counted =
        sites.stream()
            .filter(s -> !s.isClosed())
            .map(Site::getEmployees)
            .filter(e -> e != null)
            .mapToInt(e -> e)
            .sum();
    return counted > 10 ? Optional.of(EmployeeThreshold.MORE_THAN_TEN) : Optional.empty();
  }

  public Optional<Site> registeredOffice() {
    return sites.stream().filter(s -> s.getKind() == SiteKind.REGISTERED_OFFICE).findFirst();
  }

  public void contacts(String email, String pec, String phone) {
    this.email = email;
    this.pec = pec;
    this.phone = phone;
  }

  public void legalForm(String legalForm) {
    this.legalForm = legalForm;
  }

  /** The person who signs for the company (CD-2 compares the signer with this codice fiscale). */
  public void legalRepresentative(LegalRepresentative legalRepresentative) {
    this.legalRepresentative = legalRepresentative.copy();
  }

  public void acceptPrivacy(LocalDateTime when) {
    this.privacyAcceptedAt = when;
  }

  /** The current (validated, or as registered) data, the starting point of a submission. */
  public CompanyData currentData() {
    var data = new CompanyData();
    data.setRagioneSociale(ragioneSociale);
    data.setCodiceFiscale(codiceFiscale);
    data.setPartitaIva(partitaIva);
    data.setLegalForm(legalForm);
    registeredOffice().ifPresent(office -> data.address(office.getAddress()));
    data.setLegalRepresentative(legalRepresentative());
    data.setEmail(email);
    data.setPec(pec);
    data.setPhone(phone);
    data.setContactPerson(contactPerson());
    data.setBankAccount(bankAccount());
    return data;
  }

  /** AD-1 approval: the submitted data become the validated version, office included. */
  void applyValidated(CompanyData data, LocalDateTime now) {
    this.ragioneSociale = data.getRagioneSociale();
    this.partitaIva = data.getPartitaIva();
    this.legalForm = data.getLegalForm();
    legalRepresentative(data.getLegalRepresentative());
    contacts(data.getEmail(), data.getPec(), data.getPhone());
    // The rounds have no fax: the company's stays (ContactPerson).
    this.contactPerson = withoutFax(data.getContactPerson());
    this.bankAccount = data.getBankAccount().copy();
    registeredOffice()
        .orElseGet(() -> declareRegisteredOffice(data.getRagioneSociale()))
        .locate(data.address());
    this.validatedAt = now;
  }

  /** ON-7: data carried over from the legacy registry, where CCSE had already validated them. */
  public void recordLegacyValidation(LocalDateTime when) {
    this.validatedAt = when;
  }

  /**
   * ON-7: a company of the legacy registry with the data CCSE had validated there; its data are the
   * validated version from the start.
   */
  public static Company importedFromLegacyRegistry(CompanyData data, LocalDateTime now) {
    var company =
        new Company(data.getCodiceFiscale(), data.getPartitaIva(), data.getRagioneSociale(), now);
    company.applyValidated(data, now);
    company.importedAt = now;
    return company;
  }

  public Optional<LocalDateTime> getImportedAt() {
    return Optional.ofNullable(importedAt);
  }

  /** RQ-1 "Cessazione Azienda", once CCSE completes it. */
  public void cease(LocalDateTime at) {
    if (isCeased()) {
      throw new InvalidValueException("file.companyCeased");
    }
    this.ceasedAt = at;
  }

  /** Derived from the date of the cessation: a ceased company changes nothing any more. */
  public boolean isCeased() {
    return ceasedAt != null;
  }

  /** The day the file starts (PY-1's first year): CCSE's first approval, else the registration. */
  public LocalDate registeredOn() {
    return (validatedAt != null ? validatedAt : createdAt).toLocalDate();
  }

  /** Whether CCSE has ever approved this company's data. */
  public boolean isValidated() {
    return validatedAt != null;
  }

  /** A copy: the company changes only through its methods. */
  public LegalRepresentative getLegalRepresentative() {
    return legalRepresentative();
  }

  /** A copy, with the fax (MD-3): the company changes only through its methods. */
  public ContactPerson getContactPerson() {
    var contact = contactPerson();
    contact.setFax(contactFax);
    return contact;
  }

  /** A copy: the company changes only through its methods. */
  public BankAccount getBankAccount() {
    return bankAccount();
  }

  private LegalRepresentative legalRepresentative() {
    return legalRepresentative == null ? new LegalRepresentative() : legalRepresentative.copy();
  }

  /** Without the fax, as the data rounds have it. */
  private ContactPerson contactPerson() {
    return withoutFax(contactPerson == null ? new ContactPerson() : contactPerson);
  }

  private static ContactPerson withoutFax(ContactPerson contact) {
    var copy = contact.copy();
    copy.setFax(null);
    return copy;
  }

  private BankAccount bankAccount() {
    return bankAccount == null ? new BankAccount() : bankAccount.copy();
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getCodiceFiscale() {
    return codiceFiscale;
  }

  public String getPartitaIva() {
    return partitaIva;
  }

  public String getRagioneSociale() {
    return ragioneSociale;
  }

  public String getLegalForm() {
    return legalForm;
  }

  public String getEmail() {
    return email;
  }

  public String getPec() {
    return pec;
  }

  public String getPhone() {
    return phone;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public List<Site> getSites() {
    return Collections.unmodifiableList(sites);
  }
}
