package it.ccse.anagrafica.practices.domain;

import it.ccse.anagrafica.shared.domain.Address;
import it.ccse.anagrafica.shared.domain.FreeText;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.io.Serializable;
import java.util.Objects;

/**
 * RQ-2 "Specifica un indirizzo di spedizione diverso": where and to whom a device is shipped
 * instead of its site.
 */
@Embeddable
public class ShippingAddress implements Serializable {

  private static final long serialVersionUID = 1L;

  @Embedded
  @AttributeOverride(name = "street", column = @Column(name = "ship_street"))
  @AttributeOverride(name = "streetNumber", column = @Column(name = "ship_street_number"))
  @AttributeOverride(name = "cap", column = @Column(name = "ship_cap"))
  @AttributeOverride(name = "regionCode", column = @Column(name = "ship_region_code"))
  @AttributeOverride(name = "provinceCode", column = @Column(name = "ship_province_sigla"))
  @AttributeOverride(name = "comuneIstatCode", column = @Column(name = "ship_comune_istat_code"))
  private Address address;

  @Column(name = "ship_recipient")
  private String recipient;

  protected ShippingAddress() {}

  public ShippingAddress(Address address, String recipient) {
    this.recipient =
        InvalidFieldException.naming(
            "recipient", () -> FreeText.COMPANY_NAME.normalised(recipient));
    this.address = Objects.requireNonNull(address);
  }

  public Address address() {
    return address;
  }

  public String recipient() {
    return recipient;
  }
}
