package it.ccse.anagrafica.company.domain;

import it.ccse.anagrafica.shared.domain.InvalidValueException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * "Dispositivo USB" of a site (MD-7): at least one category and at most three delegates of its own
 * site, each with contacts for this device. A requested device ("AGGIUNGI DISPOSITIVO", a device
 * practice) has no serial until CCSE ships it; a revoked one keeps its serial as history.
 */
@Entity
@Table(name = "device")
public class Device {

  /** MD-7. */
  public static final int MAX_DELEGATES = 3;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "device_seq")
  @SequenceGenerator(name = "device_seq", sequenceName = "device_seq", allocationSize = 50)
  private Long id;

  @Column(name = "public_id", nullable = false, unique = true)
  private String publicId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "site_id")
  private Site site;

  private String serial;

  @Column(name = "revoked_at")
  private LocalDateTime revokedAt;

  @ManyToMany
  @JoinTable(
      name = "device_category",
      joinColumns = @JoinColumn(name = "device_id"),
      inverseJoinColumns = @JoinColumn(name = "category_id"))
  @OrderBy("id")
  private List<Category> categories = new ArrayList<>();

  @OneToMany(mappedBy = "device", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<DeviceDelegate> delegates = new ArrayList<>();

  protected Device() {}

  Device(Site site, String publicId, String serial) {
    this.site = site;
    this.publicId = publicId;
    this.serial = serial;
  }

  /** "ASSOCIA CATEGORIA": only a category of the same site, once. */
  public void associate(Category category) {
    requireSameSite(category.getSite());
    if (categories.contains(category)) {
      throw new InvalidValueException("file.categoryAlreadyOnDevice", category.label());
    }
    categories.add(category);
  }

  /** "RIMUOVI" a category: a device keeps at least one (MD-7). */
  public void dissociate(Category category) {
    if (!categories.contains(category)) {
      throw new InvalidValueException("file.categoryNotOnDevice", category.label());
    }
    if (categories.size() == 1) {
      throw new InvalidValueException("file.deviceNeedsCategory", label());
    }
    categories.remove(category);
  }

  /** "ASSOCIA DELEGATO" with the contacts for this device: at most three (MD-7). */
  public void associate(Delegate delegate, Contacts contacts) {
    requireSameSite(delegate.getSite());
    if (association(delegate).isPresent()) {
      throw new InvalidValueException("file.delegateAlreadyOnDevice", delegate.fullName());
    }
    if (delegates.size() >= MAX_DELEGATES) {
      throw new InvalidValueException("file.tooManyDelegates", label(), MAX_DELEGATES);
    }
    delegates.add(new DeviceDelegate(this, delegate, contacts));
  }

  public void dissociate(Delegate delegate) {
    delegates.remove(requireAssociation(delegate));
  }

  /** The only thing of a device an operator edits: a delegate's contacts (MD-7). */
  public void updateContacts(Delegate delegate, Contacts contacts) {
    requireAssociation(delegate).update(contacts);
  }

  /** Deleting a category or delegate of the site removes it from the device too (MD-5, MD-6). */
  void forget(Category category) {
    if (categories.contains(category) && categories.size() == 1) {
      throw new InvalidValueException("file.deviceNeedsCategory", label());
    }
    categories.remove(category);
  }

  void forget(Delegate delegate) {
    association(delegate).ifPresent(delegates::remove);
  }

  public boolean carries(Category category) {
    return categories.contains(category);
  }

  public boolean carries(Delegate delegate) {
    return association(delegate).isPresent();
  }

  public Optional<DeviceDelegate> association(Delegate delegate) {
    return delegates.stream().filter(d -> d.getDelegate().equals(delegate)).findFirst();
  }

  private DeviceDelegate requireAssociation(Delegate delegate) {
    return association(delegate)
        .orElseThrow(
            () -> new InvalidValueException("file.delegateNotOnDevice", delegate.fullName()));
  }

  private void requireSameSite(Site other) {
    if (!other.equals(site)) {
      throw new InvalidValueException("file.otherSite", label());
    }
  }

  /** Derived: a revoked device stays revoked, whether it was shipped or not. */
  public DeviceState state() {
    if (revokedAt != null) {
      return DeviceState.REVOKED;
    }
    return serial == null ? DeviceState.REQUESTED : DeviceState.ACTIVE;
  }

  /** A device waiting for its serial has been requested, not shipped. */
  public boolean isRequested() {
    return state() == DeviceState.REQUESTED;
  }

  public boolean isActive() {
    return state() == DeviceState.ACTIVE;
  }

  /** RQ-2b, AD-2: CCSE ships a requested device, which takes the serial of the token sent. */
  public void ship(String serial) {
    if (serial == null || serial.isBlank()) {
      throw new InvalidValueException("validation.required", "serial");
    }
    if (revokedAt != null) {
      throw new InvalidValueException("file.deviceRevoked", label());
    }
    if (this.serial != null) {
      throw new InvalidValueException("file.deviceAlreadyShipped", label());
    }
    this.serial = serial.strip();
  }

  /** RQ-1, RQ-2: replaced or closed with its unit; the serial stays as history. */
  public void revoke(LocalDateTime at) {
    if (revokedAt != null) {
      throw new InvalidValueException("file.deviceRevoked", label());
    }
    this.revokedAt = at;
  }

  public String label() {
    return serial == null ? "nuovo dispositivo (in richiesta)" : "dispositivo " + serial;
  }

  public Long getId() {
    return id;
  }

  public String getPublicId() {
    return publicId;
  }

  public Site getSite() {
    return site;
  }

  public String getSerial() {
    return serial;
  }

  public Optional<LocalDateTime> getRevokedAt() {
    return Optional.ofNullable(revokedAt);
  }

  public List<Category> getCategories() {
    return Collections.unmodifiableList(categories);
  }

  public List<DeviceDelegate> getDelegates() {
    return Collections.unmodifiableList(delegates);
  }
}
