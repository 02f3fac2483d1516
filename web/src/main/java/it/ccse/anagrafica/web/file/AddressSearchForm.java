package it.ccse.anagrafica.web.file;

import it.ccse.anagrafica.file.application.SitePositions.AddressQuery;
import java.io.Serializable;

/** GE-1 "Cerca": the address to look for on the map, as typed. */
public class AddressSearchForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String street;
  private String streetNumber;
  private String cap;
  private String comune;
  private String province;

  /** The form as a site's address suggests it. */
  static AddressSearchForm of(AddressQuery search) {
    var form = new AddressSearchForm();
    form.street = search.street();
    form.streetNumber = search.streetNumber();
    form.cap = search.cap();
    form.comune = search.comune();
    form.province = search.province();
    return form;
  }

  AddressQuery query() {
    return new AddressQuery(street, streetNumber, cap, comune, province);
  }

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

  public String getComune() {
    return comune;
  }

  public void setComune(String comune) {
    this.comune = comune;
  }

  public String getProvince() {
    return province;
  }

  public void setProvince(String province) {
    this.province = province;
  }
}
