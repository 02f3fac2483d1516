package it.ccse.anagrafica.company.domain;

import it.ccse.anagrafica.shared.domain.InvalidValueException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A vehicle of a transport category (VW-5); listed, paged and searched by plate. */
@Entity
@Table(name = "vehicle")
@NamedQuery(
    name = "Vehicle.ofCompany",
    query =
        "select v from Vehicle v where v.transportCategory.site.company = :company"
            + " and upper(v.plate) like :plate order by v.plate")
@NamedQuery(
    name = "Vehicle.countOfCompany",
    query =
        "select count(v) from Vehicle v where v.transportCategory.site.company = :company"
            + " and upper(v.plate) like :plate")
public class Vehicle {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "vehicle_seq")
  @SequenceGenerator(name = "vehicle_seq", sequenceName = "vehicle_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false)
  private String plate;

  @Column(name = "vehicle_type", nullable = false)
  private String type;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "category_id")
  private Category transportCategory;

  @Enumerated(EnumType.STRING)
  @Column(name = "black_box_state", nullable = false)
  private BlackBoxState blackBoxState;

  @Column(name = "device_serial")
  private String deviceSerial;

  /** RQ-3: the SISTRI-authorised workshop that installs the black box after a theft. */
  @Column(name = "black_box_workshop")
  private String blackBoxWorkshop;

  protected Vehicle() {}

  public Vehicle(
      String plate,
      String type,
      Category transportCategory,
      BlackBoxState blackBoxState,
      String deviceSerial) {
    if (!transportCategory.getType().isTransport()) {
      throw new IllegalArgumentException("Vehicles belong to a transport category");
    }
    this.plate = plate;
    this.type = type;
    this.transportCategory = transportCategory;
    this.blackBoxState = blackBoxState;
    this.deviceSerial = deviceSerial;
  }

  /** RQ-3: only an installed black box can be stolen. */
  public boolean hasBlackBoxInstalled() {
    return blackBoxState == BlackBoxState.INSTALLED;
  }

  /**
   * RQ-3 "Richiesta Furto Black Box", once CCSE accepts it: the box is stolen, the workshop is
   * recorded; with "Dispositivo USB perso" the vehicle device is dropped too, since the workshop
   * installs the new box with a new vehicle device.
   */
  public void reportBlackBoxTheft(String workshop, boolean deviceLost) {
    if (!hasBlackBoxInstalled()) {
      throw new InvalidValueException("file.blackBoxNotInstalled", plate);
    }
    if (workshop == null || workshop.isBlank()) {
      throw new InvalidValueException("validation.required", "workshop");
    }
    this.blackBoxState = BlackBoxState.STOLEN;
    this.blackBoxWorkshop = workshop.strip();
    if (deviceLost) {
      this.deviceSerial = null;
    }
  }

  /** The company whose transport category the vehicle belongs to. */
  public Company company() {
    return transportCategory.getSite().getCompany();
  }

  public Long getId() {
    return id;
  }

  public String getPlate() {
    return plate;
  }

  public String getType() {
    return type;
  }

  public Category getTransportCategory() {
    return transportCategory;
  }

  public BlackBoxState getBlackBoxState() {
    return blackBoxState;
  }

  public String getDeviceSerial() {
    return deviceSerial;
  }

  public String getBlackBoxWorkshop() {
    return blackBoxWorkshop;
  }
}
