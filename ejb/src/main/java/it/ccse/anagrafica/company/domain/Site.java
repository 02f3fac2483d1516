package it.ccse.anagrafica.company.domain;

import it.ccse.anagrafica.categories.domain.CategoryDetails;
import it.ccse.anagrafica.categories.domain.CategoryType;
import it.ccse.anagrafica.shared.domain.Address;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A place of the company: the registered office or a local unit, with its address, and what is
 * registered there: categories, delegates and devices (VW-3, VW-4). The rules that tie them
 * together (MD-4..MD-8) live here and in {@link Device}.
 */
@Entity
@Table(name = "site")
public class Site {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "site_seq")
  @SequenceGenerator(name = "site_seq", sequenceName = "site_seq", allocationSize = 50)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "company_id")
  private Company company;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SiteKind kind;

  @Column(nullable = false)
  private String name;

  /** Null when loaded with every column empty (JPA): read it through {@link #getAddress()}. */
  @Embedded private Address address = Address.none();

  @Column(name = "registry_code")
  private String registryCode;

  private Integer employees;

  @Column(name = "public_id", nullable = false, unique = true)
  private String publicId;

  @Column(name = "trade_association")
  private String tradeAssociation;

  /** GE-1: null until someone places the site on the map. */
  private BigDecimal latitude;

  private BigDecimal longitude;

  /** RQ-1 "Chiusura Unità Locale": closed units stay as read-only history. */
  @Column(name = "closed_at")
  private LocalDateTime closedAt;

  /** NP-1 "nuovo produttore?" for this local unit; null = not asked. */
  @Column(name = "new_producer")
  private Boolean newProducer;

  /** ON-7: the local unit's key in the legacy registry, unique per company; null for the others. */
  @Column(name = "legacy_key")
  private String legacyKey;

  @OneToMany(mappedBy = "site", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<Category> categories = new ArrayList<>();

  @OneToMany(mappedBy = "site", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<Delegate> delegates = new ArrayList<>();

  @OneToMany(mappedBy = "site", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<Device> devices = new ArrayList<>();

  protected Site() {}

  Site(Company company, SiteKind kind, String name) {
    this(company, kind, name, UUID.randomUUID().toString());
  }

  Site(Company company, SiteKind kind, String name, String publicId) {
    this.company = company;
    this.kind = kind;
    this.name = name;
    this.publicId = publicId;
  }

  /** MD-5: an operator adds any category but a transport one, which only CCSE grants. */
  public Category addCategory(String publicId, CategoryType type, CategoryDetails details) {
    if (type.isTransport()) {
      throw new InvalidValueException("file.transportCategoryFixed");
    }
    return add(new Category(this, publicId, type, details));
  }

  /** CCSE's side of a transport category, on the registered office only (MD-5, MD-10). */
  public Category grantTransportCategory(String publicId, CategoryType type, CategoryDetails d) {
    if (!type.isTransport() || kind != SiteKind.REGISTERED_OFFICE) {
      throw new IllegalArgumentException("Transport categories belong to the registered office");
    }
    return add(new Category(this, publicId, type, d));
  }

  private Category add(Category category) {
    categories.add(category);
    return category;
  }

  public void modify(Category category, CategoryDetails details) {
    requireOwn(category.getSite());
    category.modify(details);
  }

  /** MD-5: deleting a category removes it from every device; transport ones stay. */
  public void delete(Category category) {
    requireOwn(category.getSite());
    if (category.getType().isTransport()) {
      throw new InvalidValueException("file.transportCategoryFixed");
    }
    devices.forEach(device -> device.forget(category));
    categories.remove(category);
  }

  /** MD-6: a person is a delegate of a site once. */
  public Delegate addDelegate(String publicId, String name, String surname, String codiceFiscale) {
    if (delegates.stream().anyMatch(d -> d.getCodiceFiscale().equals(codiceFiscale))) {
      throw new InvalidValueException("file.delegateAlreadyOnSite", codiceFiscale);
    }
    var delegate = new Delegate(this, publicId, name, surname, codiceFiscale);
    delegates.add(delegate);
    return delegate;
  }

  /** MD-6: deleting a delegate removes them from every device of the site. */
  public void delete(Delegate delegate) {
    requireOwn(delegate.getSite());
    devices.forEach(device -> device.forget(delegate));
    delegates.remove(delegate);
  }

  /** "AGGIUNGI DISPOSITIVO" (MD-7): a request; CCSE ships it and gives it a serial. */
  public Device requestDevice(String publicId) {
    var device = new Device(this, publicId, null);
    devices.add(device);
    return device;
  }

  /**
   * RQ-2: a device requested like {@code model}, with its categories, and its delegates with their
   * contacts for a duplicate or a replacement; none for an additional device, which is for others.
   */
  public Device requestDeviceLike(Device model, String publicId, boolean withDelegates) {
    requireOwn(model.getSite());
    var device = requestDevice(publicId);
    model.getCategories().forEach(device::associate);
    if (withDelegates) {
      model.getDelegates().forEach(d -> device.associate(d.getDelegate(), d.getContacts().copy()));
    }
    return device;
  }

  /** RQ-1 "Trasferimento Unità Locale": new name and address; the map places it again. */
  public void transfer(String newName, Address newAddress) {
    requireOpenLocalUnit();
    describe(newName, employees);
    locate(newAddress);
    this.latitude = null;
    this.longitude = null;
  }

  /** RQ-1 "Chiusura Unità Locale": its devices revoked, categories and delegates kept. */
  public void close(LocalDateTime at) {
    requireOpenLocalUnit();
    devices.stream().filter(d -> d.state() != DeviceState.REVOKED).forEach(d -> d.revoke(at));
    this.closedAt = at;
  }

  private void requireOpenLocalUnit() {
    if (kind != SiteKind.LOCAL_UNIT) {
      throw new InvalidValueException("file.onlyLocalUnits", name);
    }
    if (isClosed()) {
      throw new InvalidValueException("file.siteClosed", name);
    }
  }

  public boolean isClosed() {
    return closedAt != null;
  }

  public Optional<LocalDateTime> getClosedAt() {
    return Optional.ofNullable(closedAt);
  }

  /** A device already shipped (registry data carried over, demo data). */
  public Device installedDevice(String publicId, String serial) {
    var device = new Device(this, publicId, serial);
    devices.add(device);
    return device;
  }

  /** MD-4: the registered office does not move while a transport category is associated. */
  public void relocate(Address address) {
    if (isAddressLocked()) {
      throw new InvalidValueException("file.addressLockedByTransport");
    }
    locate(address);
  }

  /** MD-4, derived: whether a transport category is associated to this site. */
  public boolean isAddressLocked() {
    return categories.stream().anyMatch(c -> c.getType().isTransport());
  }

  /** MD-8: name and ULA of a local unit. */
  public void describe(String name, Integer employees) {
    if (name == null || name.isBlank()) {
      throw new InvalidValueException("validation.required");
    }
    if (employees != null && employees < 0) {
      throw new InvalidValueException("file.negativeThreshold");
    }
    this.name = name.strip();
    this.employees = employees;
  }

  /** MD-12: the trade association delegated to fill documents, if any. */
  public void delegateDocumentsTo(String tradeAssociation) {
    this.tradeAssociation =
        tradeAssociation == null || tradeAssociation.isBlank() ? null : tradeAssociation.strip();
  }

  /**
   * MD-7, checked before signing: every category and delegate on at least one device, every device
   * with a category. Empty when the site may be signed, and for a closed unit (history).
   */
  public List<FileProblem> problems() {
    if (isClosed()) {
      return List.of();
    }
    return Stream.of(
            categories.stream()
                .filter(c -> devices.stream().noneMatch(d -> d.carries(c)))
                .map(c -> new FileProblem("file.categoryWithoutDevice", name, c.label())),
            delegates.stream()
                .filter(p -> devices.stream().noneMatch(d -> d.carries(p)))
                .map(p -> new FileProblem("file.delegateWithoutDevice", name, p.fullName())),
            devices.stream()
                .filter(d -> d.getCategories().isEmpty())
                .map(d -> new FileProblem("file.deviceWithoutCategory", name, d.label())))
        .flatMap(s -> s)
        .toList();
  }

  public Optional<Category> category(String publicId) {
    return categories.stream().filter(c -> c.getPublicId().equals(publicId)).findFirst();
  }

  public Optional<Delegate> delegate(String publicId) {
    return delegates.stream().filter(d -> d.getPublicId().equals(publicId)).findFirst();
  }

  public Optional<Device> device(String publicId) {
    return devices.stream().filter(d -> d.getPublicId().equals(publicId)).findFirst();
  }

  private void requireOwn(Site owner) {
    if (!owner.equals(this)) {
      throw new InvalidValueException("file.otherSite", name);
    }
  }

  /** NP-1: the answer to "nuovo produttore?" for this site. */
  public void declareNewProducer(boolean answer) {
    this.newProducer = answer;
  }

  public boolean isNewProducer() {
    return Boolean.TRUE.equals(newProducer);
  }

  public boolean isRegisteredOffice() {
    return kind == SiteKind.REGISTERED_OFFICE;
  }

  /** "Codice ERP" of the site, given when the file registers it. */
  public void assignRegistryCode(String code) {
    if (registryCode != null) {
      throw new IllegalStateException("A registry code never changes");
    }
    this.registryCode = code;
  }

  /** "Codice ERP" of a category of this site, given when a signed change registers it. */
  public void assignRegistryCode(Category category, String code) {
    requireOwn(category.getSite());
    category.assignRegistryCode(code);
  }

  /** GE-1 "Salva Posizione": only the coordinates change, the validated address stays. */
  public void placeAt(GeoPoint point) {
    this.latitude = point.latitude();
    this.longitude = point.longitude();
  }

  public long getVersion() {
    return version;
  }

  public Optional<GeoPoint> position() {
    return latitude == null || longitude == null
        ? Optional.empty()
        : Optional.of(new GeoPoint(latitude, longitude));
  }

  /** Where the site is: its first address, or one that needs no MD-4 check. */
  public void locate(Address address) {
    this.address = Objects.requireNonNull(address);
  }

  /** ON-7: empty for a site not imported from the legacy registry. */
  public Optional<String> legacyKey() {
    return Optional.ofNullable(legacyKey);
  }

  void importedAs(String legacyKey) {
    this.legacyKey = legacyKey;
  }

  public Long getId() {
    return id;
  }

  public SiteKind getKind() {
    return kind;
  }

  public String getName() {
    return name;
  }

  /** The address; one with no part when the site has none yet (never null). */
  public Address getAddress() {
    return address == null ? Address.none() : address;
  }

  public String getRegistryCode() {
    return registryCode;
  }

  public Integer getEmployees() {
    return employees;
  }

  public String getPublicId() {
    return publicId;
  }

  public String getTradeAssociation() {
    return tradeAssociation;
  }

  public Company getCompany() {
    return company;
  }

  public List<Category> getCategories() {
    return Collections.unmodifiableList(categories);
  }

  public List<Delegate> getDelegates() {
    return Collections.unmodifiableList(delegates);
  }

  public List<Device> getDevices() {
    return Collections.unmodifiableList(devices);
  }
}
