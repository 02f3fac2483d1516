package it.ccse.anagrafica.web.practices;

import it.ccse.anagrafica.practices.application.PracticeViews.PracticeDetails;
import it.ccse.anagrafica.practices.application.PracticeViews.PracticeView;
import it.ccse.anagrafica.shared.domain.Address;
import it.ccse.anagrafica.web.file.editors.AddressForm;
import java.io.Serializable;
import java.util.stream.Stream;

/**
 * What a draft asks besides its target and documents, as typed (RQ-1..RQ-3): the transfer's new
 * name and address, "Specifica un indirizzo di spedizione diverso" with its address and recipient,
 * the black box's "Dispositivo USB perso" and workshop. The addresses bind to {@code
 * <a:addressPicker>}; SALVA sends them as typed and the service checks them.
 */
public class PracticeDetailsForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String newSiteName;
  private AddressForm newAddress = new AddressForm();
  private boolean otherShipping;
  private AddressForm shippingAddress = new AddressForm();
  private String recipient;
  private boolean usbLost;
  private String workshop;

  /** The draft's details as last saved. */
  static PracticeDetailsForm of(PracticeView practice) {
    var form = new PracticeDetailsForm();
    form.newSiteName = practice.newName();
    form.newAddress = form(practice.newAddress());
    form.otherShipping = practice.shippingAddress() != null;
    form.shippingAddress = form(practice.shippingAddress());
    form.recipient = practice.recipient();
    form.usbLost = practice.usbLost();
    form.workshop = practice.workshop();
    return form;
  }

  PracticeDetails details() {
    return new PracticeDetails(
        newSiteName,
        address(newAddress),
        otherShipping,
        otherShipping ? address(shippingAddress) : null,
        otherShipping ? recipient : null,
        usbLost,
        workshop);
  }

  /** Nothing typed is no address; otherwise the parts as typed, for the service to check. */
  private static Address address(AddressForm a) {
    var parts =
        new String[] {
          a.getStreet(),
          a.getStreetNumber(),
          a.getCap(),
          a.getRegionCode(),
          a.getProvinceSigla(),
          a.getComuneIstatCode()
        };
    if (Stream.of(parts).allMatch(p -> p == null || p.isBlank())) {
      return null;
    }
    return Address.asRecorded(parts[0], parts[1], parts[2], parts[3], parts[4], parts[5]);
  }

  private static AddressForm form(Address address) {
    var form = new AddressForm();
    if (address != null) {
      form.setStreet(address.street());
      form.setStreetNumber(address.streetNumber());
      form.setCap(address.capCode());
      form.setRegionCode(address.regionCode());
      form.setProvinceSigla(address.provinceCode());
      form.setComuneIstatCode(address.comuneIstatCode());
    }
    return form;
  }

  public String getNewSiteName() {
    return newSiteName;
  }

  public void setNewSiteName(String newSiteName) {
    this.newSiteName = newSiteName;
  }

  public AddressForm getNewAddress() {
    return newAddress;
  }

  public boolean isOtherShipping() {
    return otherShipping;
  }

  public void setOtherShipping(boolean otherShipping) {
    this.otherShipping = otherShipping;
  }

  public AddressForm getShippingAddress() {
    return shippingAddress;
  }

  public String getRecipient() {
    return recipient;
  }

  public void setRecipient(String recipient) {
    this.recipient = recipient;
  }

  public boolean isUsbLost() {
    return usbLost;
  }

  public void setUsbLost(boolean usbLost) {
    this.usbLost = usbLost;
  }

  public String getWorkshop() {
    return workshop;
  }

  public void setWorkshop(String workshop) {
    this.workshop = workshop;
  }
}
