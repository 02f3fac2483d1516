package it.ccse.anagrafica.sectors.domain;

import it.ccse.anagrafica.shared.domain.BankAccount;
import it.ccse.anagrafica.shared.domain.FreeText;
import it.ccse.anagrafica.shared.domain.Iban;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import it.ccse.anagrafica.shared.domain.LegacyKey;
import it.ccse.anagrafica.shared.domain.NotFoundException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * An activity sector of a company, "Settori Attività" (SE-1..SE-8, CO-1, BK-1): when it started,
 * the company's legal nature in it, its type and services, for a water service the ATOs of each
 * service, a note for CCSE, the self-certification, its contacts and, when it is paid on another
 * account than the company's, its own bank. What is still missing before CCSE can validate it is
 * derived from these facts, never stored.
 */
@Entity
@Table(name = "activity_sector")
public class ActivitySector {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "activity_sector_seq")
  @SequenceGenerator(
      name = "activity_sector_seq",
      sequenceName = "activity_sector_seq",
      allocationSize = 50)
  private Long id;

  @Version private long version;

  @Column(name = "public_id", nullable = false, unique = true)
  private String publicId = UUID.randomUUID().toString();

  @Column(name = "company_id", nullable = false)
  private Long companyId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SectorState state = SectorState.DRAFT;

  @Column(name = "start_date")
  private LocalDate startDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "legal_nature")
  private LegalNature legalNature;

  @ManyToOne
  @JoinColumn(name = "sector_type_code")
  private SectorType type;

  @ElementCollection
  @CollectionTable(name = "activity_sector_service", joinColumns = @JoinColumn(name = "sector_id"))
  @OrderColumn(name = "service_order")
  @Column(name = "service_code", nullable = false)
  private List<String> services = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "activity_sector_ato", joinColumns = @JoinColumn(name = "sector_id"))
  @OrderColumn(name = "ato_order")
  private List<SectorAto> atos = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "activity_sector_contact", joinColumns = @JoinColumn(name = "sector_id"))
  @OrderColumn(name = "contact_order")
  private List<SectorContact> contacts = new ArrayList<>();

  /** BK-1: null while the sector is paid on the company's account. */
  private String iban;

  @Column(name = "bank_name")
  private String bankName;

  private String note;

  @Embedded private SelfCertification selfCertification;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "saved_at")
  private LocalDateTime savedAt;

  @Column(name = "submitted_at")
  private LocalDateTime submittedAt;

  @Column(name = "checked_by")
  private String checkedBy;

  @Column(name = "checked_at")
  private LocalDateTime checkedAt;

  @Column(name = "rejection_reason")
  private String rejectionReason;

  /** AD-1: the sector as CCSE last validated it, readable; empty until first validated. */
  @ElementCollection
  @CollectionTable(
      name = "activity_sector_validated",
      joinColumns = @JoinColumn(name = "sector_id"))
  @MapKeyColumn(name = "field")
  @MapKeyEnumerated(EnumType.STRING)
  @Column(name = "text", nullable = false)
  private Map<SectorField, String> validated = new EnumMap<>(SectorField.class);

  /** ON-7: the sector's key in the legacy registry, unique per company; null for the others. */
  @Column(name = "legacy_key")
  private String legacyKey;

  protected ActivitySector() {}

  /** "Aggiungi settore di attività": an empty draft, kept across logout until saved. */
  public static ActivitySector draft(long companyId, String by, LocalDateTime at) {
    var sector = new ActivitySector();
    sector.companyId = companyId;
    sector.createdBy = by;
    sector.createdAt = at;
    return sector;
  }

  /**
   * ON-7: a sector of the legacy registry, where CCSE had already validated it: the same checks as
   * {@link #describe} (as of {@code at}) and, when an own account is given, {@link #overrideBank};
   * it ends VALIDATED by the staff member who imports it, without a self-certification. A blank
   * {@code iban} and {@code bankName} leave it on the company's account.
   *
   * @param legacyKey the sector's key in the legacy registry ({@link LegacyKey})
   */
  public static ActivitySector imported(
      long companyId,
      String legacyKey,
      LocalDate startDate,
      LegalNature legalNature,
      SectorType type,
      List<String> serviceCodes,
      List<ChosenAto> chosenAtos,
      String iban,
      String bankName,
      String note,
      String by,
      LocalDateTime at) {
    var sector = draft(companyId, by, at);
    sector.legacyKey = InvalidFieldException.naming("legacyKey", () -> LegacyKey.of(legacyKey));
    sector.describe(
        startDate, legalNature, type, serviceCodes, chosenAtos, note, at.toLocalDate(), at);
    boolean noIban = iban == null || iban.isBlank();
    boolean noBank = bankName == null || bankName.isBlank();
    if (noIban && !noBank) {
      throw new InvalidFieldException("iban", "validation.required");
    }
    if (!noIban) {
      sector.overrideBank(iban, bankName);
    }
    sector.state = SectorState.VALIDATED;
    sector.checked(by, at);
    return sector;
  }

  /**
   * ON-7: a contact of the legacy registry added to a sector imported from it (the import checks
   * its operator has not activated yet, so nobody has touched it); answers false when the same
   * person with the same role, phone and e-mail is already listed, so a file can be re-imported.
   */
  public boolean addImportedContact(SectorContact contact) {
    if (legacyKey == null) {
      throw new InvalidValueException("sector.notImported");
    }
    if (contacts.stream().anyMatch(contact::sameAs)) {
      return false;
    }
    contacts.add(contact);
    return true;
  }

  /**
   * "salva le modifiche" of the sector's form (SE-2..SE-4, SE-7). The start date is not after
   * {@code today}; the services are the type's, at least one where the type has any; a water sector
   * names at least one ATO valid today for each service (SE-3), and these replace the former ones.
   * Once saved, the type is fixed (another type is another sector, SE-6) and so are a water
   * sector's services: they are all registered in one operation (SE-7).
   */
  public void describe(
      LocalDate startDate,
      LegalNature legalNature,
      SectorType type,
      List<String> serviceCodes,
      List<ChosenAto> chosenAtos,
      String note,
      LocalDate today,
      LocalDateTime at) {
    change();
    if (startDate == null) {
      throw new InvalidFieldException("startDate", "validation.required");
    }
    if (startDate.isAfter(today)) {
      throw new InvalidFieldException("startDate", "sector.startDate.future");
    }
    if (legalNature == null) {
      throw new InvalidFieldException("legalNature", "validation.required");
    }
    requireType(type);
    var chosen = services(type, serviceCodes);
    if (state != SectorState.DRAFT && type.isWater() && !chosen.equals(Set.copyOf(services))) {
      throw new InvalidFieldException("services", "sector.waterServicesFixed");
    }
    var lines = atos(type, chosen, chosenAtos, today);
    this.note =
        note == null || note.isBlank()
            ? null
            : InvalidFieldException.naming("note", () -> FreeText.SECTOR_NOTE.normalised(note));
    this.startDate = startDate;
    this.legalNature = legalNature;
    this.type = type;
    this.services.clear();
    this.services.addAll(chosen);
    this.atos.clear();
    this.atos.addAll(lines);
    state = state.save();
    savedAt = at;
  }

  private void requireType(SectorType chosen) {
    if (chosen == null) {
      throw new InvalidFieldException("type", "validation.required");
    }
    boolean same = type != null && type.getCode().equals(chosen.getCode());
    if (state != SectorState.DRAFT && !same) {
      throw new InvalidFieldException("type", "sector.typeFixed");
    }
    if (!chosen.isActive() && !same) {
      throw new InvalidFieldException("type", "sector.type.inactive");
    }
  }

  private static Set<String> services(SectorType type, List<String> serviceCodes) {
    var chosen = new LinkedHashSet<String>();
    for (String code : serviceCodes == null ? List.<String>of() : serviceCodes) {
      if (type.service(code).isEmpty()) {
        throw new InvalidFieldException("services", "sector.service.unknown", code);
      }
      chosen.add(code);
    }
    if (chosen.isEmpty() && !type.getServices().isEmpty()) {
      throw new InvalidFieldException("services", "sector.services.required");
    }
    return chosen;
  }

  private static List<SectorAto> atos(
      SectorType type, Set<String> services, List<ChosenAto> chosen, LocalDate today) {
    var lines = new ArrayList<SectorAto>();
    for (var choice : chosen == null ? List.<ChosenAto>of() : chosen) {
      lines.add(checked(type, services, lines, choice, today));
    }
    if (type.isWater()) {
      for (String service : services) {
        if (lines.stream().noneMatch(a -> a.serviceCode().equals(service))) {
          throw new InvalidFieldException("ato", "sector.ato.required", label(type, service));
        }
      }
    }
    return lines;
  }

  /** An ATO for a service of a water sector, valid today and not already in the list. */
  private static SectorAto checked(
      SectorType type,
      Set<String> services,
      List<SectorAto> present,
      ChosenAto choice,
      LocalDate today) {
    if (!type.isWater()) {
      throw new InvalidFieldException("ato", "sector.ato.waterOnly");
    }
    if (!services.contains(choice.serviceCode())) {
      throw new InvalidFieldException("service", "sector.ato.serviceNotChosen");
    }
    if (!choice.ato().isValidOn(today)) {
      throw new InvalidFieldException("ato", "sector.ato.notValid", choice.ato().getName());
    }
    var line = new SectorAto(choice.serviceCode(), choice.ato().getCode());
    if (present.contains(line)) {
      throw new InvalidFieldException("ato", "sector.ato.duplicate", choice.ato().getName());
    }
    return line;
  }

  private static String label(SectorType type, String serviceCode) {
    return type.service(serviceCode).map(SectorService::label).orElse(serviceCode);
  }

  /**
   * "Aggiungi +" in the ATO dialog of a saved water sector: another ATO for one of its services.
   */
  public void addAto(ChosenAto choice, LocalDate today) {
    change();
    if (type == null) {
      throw new InvalidFieldException("service", "sector.ato.serviceNotChosen");
    }
    atos.add(checked(type, Set.copyOf(services), atos, choice, today));
  }

  /** Removes a line of "Lista ATO"; each service keeps at least one (SE-3). */
  public void removeAto(String serviceCode, String atoCode) {
    change();
    var line = new SectorAto(serviceCode, atoCode);
    if (!atos.contains(line)) {
      throw new NotFoundException("sector.ato.notListed");
    }
    if (atos.stream().filter(a -> a.serviceCode().equals(serviceCode)).count() == 1) {
      throw new InvalidValueException("sector.ato.required", label(type, serviceCode));
    }
    atos.remove(line);
  }

  /** "Carica autocertificazione" (SE-5), replacing a former one, answered to be discarded. */
  public Optional<SelfCertification> attach(SelfCertification certification) {
    change();
    var former = Optional.ofNullable(selfCertification);
    selfCertification = certification;
    return former;
  }

  /** Removes the self-certification; answers it, to discard. */
  public SelfCertification removeSelfCertification() {
    change();
    if (selfCertification == null) {
      throw new NotFoundException("sector.selfCertification.none");
    }
    var removed = selfCertification;
    selfCertification = null;
    return removed;
  }

  /** "Aggiungi contatto" (CO-1). */
  public void addContact(SectorContact contact) {
    change();
    contacts.add(contact);
  }

  /** "Lista contatti", edit: the contact's new values under its id. */
  public void editContact(String contactId, SectorContact values) {
    change();
    var contact = contact(contactId);
    contacts.set(contacts.indexOf(contact), contact.replacedBy(values));
  }

  public void removeContact(String contactId) {
    change();
    contacts.remove(contact(contactId));
  }

  private SectorContact contact(String contactId) {
    return contacts.stream()
        .filter(c -> c.id().equals(contactId))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("sector.contact.unknown"));
  }

  /** BK-1 "Banche": the sector is paid on its own account, IBAN (mod 97) and bank both given. */
  public void overrideBank(String iban, String bankName) {
    change();
    var checked = InvalidFieldException.naming("iban", () -> Iban.of(iban).value());
    this.bankName =
        InvalidFieldException.naming("bankName", () -> FreeText.BANK_NAME.normalised(bankName));
    this.iban = checked;
  }

  /** BK-1: back to the company's IBAN and bank from "Dati societari". */
  public void resetBank() {
    change();
    iban = null;
    bankName = null;
  }

  public boolean hasOwnBank() {
    return iban != null;
  }

  /** The account the sector is paid on: its own, else the company's as it is now. */
  public BankAccount bank(BankAccount company) {
    return hasOwnBank() ? BankAccount.of(iban, bankName) : company.copy();
  }

  /**
   * SE-8: what keeps CCSE from validating the sector, as message keys the page lists; empty when it
   * may be submitted. Contacts are checked as they are entered, so one contact is enough.
   */
  public List<String> missing() {
    var missing = new ArrayList<String>();
    if (state == SectorState.DRAFT) {
      missing.add("sector.missing.saved");
    }
    if (type != null && type.isWater()) {
      Set<String> withAto = new HashSet<>();
      atos.forEach(a -> withAto.add(a.serviceCode()));
      if (!withAto.containsAll(services)) {
        missing.add("sector.missing.ato");
      }
    }
    if (contacts.isEmpty()) {
      missing.add("sector.missing.contact");
    }
    if (selfCertification == null) {
      missing.add("sector.missing.selfCertification");
    }
    return missing;
  }

  /** SE-8: whether the sector may go to CCSE now. */
  public boolean isValidatable() {
    return state.isSubmittable() && missing().isEmpty();
  }

  /** Sends the saved sector to CCSE's validation (SE-8, AD-1): only when nothing is missing. */
  public void submit(LocalDateTime at) {
    var next = state.submit();
    var missing = missing();
    if (!missing.isEmpty()) {
      throw new InvalidValueException(missing.get(0));
    }
    state = next;
    submittedAt = at;
    rejectionReason = null;
  }

  /**
   * AD-1: CCSE validates the sector as submitted; {@code summary} is the sector as the queue showed
   * it, the version later changes are compared with.
   */
  public void validate(Map<SectorField, String> summary, String by, LocalDateTime at) {
    state = state.decide(SectorState.VALIDATED);
    validated.clear();
    validated.putAll(summary);
    checked(by, at);
  }

  /**
   * Every change goes through here: a validated sector is changed as a new version, saved and sent
   * to CCSE again, while the version CCSE validated stays for comparison (AD-1).
   */
  private void change() {
    state = state.change();
  }

  /**
   * ON-7: the sector as the legacy registry validated it, what later changes are compared with; set
   * again as the import adds its contacts.
   */
  public void importedAs(Map<SectorField, String> summary) {
    if (legacyKey == null || state != SectorState.VALIDATED) {
      throw new InvalidValueException("sector.notImported");
    }
    validated.clear();
    validated.putAll(summary);
  }

  /** The last validated version, readable; empty for a sector never validated. */
  public Map<SectorField, String> lastValidated() {
    return validated.isEmpty() ? Map.of() : new EnumMap<>(validated);
  }

  /** AD-1: refused with the reason the company reads until it submits again. */
  public void reject(String reason, String by, LocalDateTime at) {
    var next = state.decide(SectorState.REJECTED);
    rejectionReason =
        InvalidFieldException.naming("reason", () -> FreeText.REJECTION_REASON.normalised(reason));
    state = next;
    checked(by, at);
  }

  private void checked(String by, LocalDateTime at) {
    checkedBy = by;
    checkedAt = at;
  }

  /** SE-7: a saved water sector's services are fixed; the page says so before saving. */
  public boolean servicesFixed() {
    return state != SectorState.DRAFT && type != null && type.isWater();
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getPublicId() {
    return publicId;
  }

  public Long getCompanyId() {
    return companyId;
  }

  public SectorState getState() {
    return state;
  }

  /** "Data d'inizio settore di attività"; null until saved. */
  public LocalDate getStartDate() {
    return startDate;
  }

  public LegalNature getLegalNature() {
    return legalNature;
  }

  /** Empty until saved. */
  public Optional<SectorType> type() {
    return Optional.ofNullable(type);
  }

  public List<String> getServices() {
    return List.copyOf(services);
  }

  public List<SectorAto> getAtos() {
    return List.copyOf(atos);
  }

  public List<SectorContact> getContacts() {
    return List.copyOf(contacts);
  }

  public String getNote() {
    return note;
  }

  public Optional<SelfCertification> selfCertification() {
    return Optional.ofNullable(selfCertification);
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public LocalDateTime getSubmittedAt() {
    return submittedAt;
  }

  public String getRejectionReason() {
    return rejectionReason;
  }

  /** Who validated or rejected it last (AD-1), or imported it already validated (ON-7). */
  public String getCheckedBy() {
    return checkedBy;
  }

  /** ON-7: empty for a sector not imported from the legacy registry. */
  public Optional<String> legacyKey() {
    return Optional.ofNullable(legacyKey);
  }
}
