package it.ccse.anagrafica.web.file.editors;

import java.io.Serializable;

/** An address as typed in an editor (MD-4, MD-12), for {@code <a:addressPicker>}. */
public class AddressForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String street;
  private String streetNumber;
  private String cap;
  private String regionCode;
  private String provinceSigla;
  private String comuneIstatCode;

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
}
