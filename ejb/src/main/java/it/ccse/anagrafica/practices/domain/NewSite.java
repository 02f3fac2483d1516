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
 * RQ-1 "Richiesta Trasferimento Unità Locale": the unit's new name and address, chosen with the
 * address picker (so already checked by {@link Address#of}).
 */
@Embeddable
public class NewSite implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "new_site_name")
  private String name;

  @Embedded
  @AttributeOverride(name = "street", column = @Column(name = "new_street"))
  @AttributeOverride(name = "streetNumber", column = @Column(name = "new_street_number"))
  @AttributeOverride(name = "cap", column = @Column(name = "new_cap"))
  @AttributeOverride(name = "regionCode", column = @Column(name = "new_region_code"))
  @AttributeOverride(name = "provinceCode", column = @Column(name = "new_province_sigla"))
  @AttributeOverride(name = "comuneIstatCode", column = @Column(name = "new_comune_istat_code"))
  private Address address;

  protected NewSite() {}

  public NewSite(String name, Address address) {
    this.name =
        InvalidFieldException.naming("newSiteName", () -> FreeText.SITE_NAME.normalised(name));
    this.address = Objects.requireNonNull(address);
  }

  public String name() {
    return name;
  }

  public Address address() {
    return address;
  }
}
