package it.ccse.anagrafica.company.domain;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A delegate on a device, with the contacts of that role (VW-3, MD-7). */
@Entity
@Table(name = "device_delegate")
public class DeviceDelegate {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "device_delegate_seq")
  @SequenceGenerator(
      name = "device_delegate_seq",
      sequenceName = "device_delegate_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "device_id")
  private Device device;

  @ManyToOne(optional = false)
  @JoinColumn(name = "delegate_id")
  private Delegate delegate;

  @Embedded private Contacts contacts;

  protected DeviceDelegate() {}

  DeviceDelegate(Device device, Delegate delegate, Contacts contacts) {
    this.device = device;
    this.delegate = delegate;
    this.contacts = contacts;
  }

  void update(Contacts contacts) {
    this.contacts = contacts;
  }

  public Device getDevice() {
    return device;
  }

  public Delegate getDelegate() {
    return delegate;
  }

  public Contacts getContacts() {
    return contacts;
  }
}
