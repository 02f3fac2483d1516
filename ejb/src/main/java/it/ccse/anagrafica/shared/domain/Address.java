package it.ccse.anagrafica.shared.domain;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An Italian address whose region, province and comune belong to each other. The CAP is checked for
 * its format only: postal data is a suggestion (see {@link #capMatchesSuggestion(Territory)}).
 */
public final class Address implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final String street;
  private final String streetNumber;
  private final Cap cap;
  private final String regionCode;
  private final String provinceCode;
  private final String comuneIstatCode;

  private Address(
      String street,
      String streetNumber,
      Cap cap,
      String regionCode,
      String provinceCode,
      String comuneIstatCode) {
    this.street = street;
    this.streetNumber = streetNumber;
    this.cap = cap;
    this.regionCode = regionCode;
    this.provinceCode = provinceCode;
    this.comuneIstatCode = comuneIstatCode;
  }

  /**
   * Every part is required; a missing one is reported as {@code validation.required} with the
   * parameter's name as argument. Without a house number, write {@code "SNC"} (senza numero
   * civico), as Italian forms do.
   *
   * @param regionCode ISTAT code of the region, e.g. {@code "01"}
   * @param provinceCode sigla of the province, e.g. {@code "TO"} (any case)
   * @param comuneIstatCode ISTAT code of the comune, e.g. {@code "001272"}
   */
  public static Address of(
      String street,
      String streetNumber,
      Cap cap,
      String regionCode,
      String provinceCode,
      String comuneIstatCode,
      Territory territory) {
    String cleanStreet = required(street, "street");
    String cleanNumber = required(streetNumber, "streetNumber");
    if (cap == null) {
      throw new InvalidValueException("validation.required", "cap");
    }
    String region = required(regionCode, "regionCode");
    String province = required(provinceCode, "provinceCode").toUpperCase(Locale.ROOT);
    String comune = required(comuneIstatCode, "comuneIstatCode");

    String regionOfProvince =
        territory
            .regionOfProvince(province)
            .orElseThrow(
                () -> new InvalidValueException("validation.address.provinceUnknown", province));
    if (!regionOfProvince.equals(region)) {
      throw new InvalidValueException("validation.address.provinceNotInRegion", province, region);
    }
    String provinceOfComune =
        territory
            .provinceOfComune(comune)
            .orElseThrow(
                () -> new InvalidValueException("validation.address.comuneUnknown", comune));
    if (!provinceOfComune.equalsIgnoreCase(province)) {
      throw new InvalidValueException("validation.address.comuneNotInProvince", comune, province);
    }
    return new Address(cleanStreet, cleanNumber, cap, region, province, comune);
  }

  private static String required(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new InvalidValueException("validation.required", name);
    }
    return SPACES.matcher(value.strip()).replaceAll(" ");
  }

  /**
   * Whether the CAP is the one the territory suggests for the comune; true when there is no
   * suggestion. A mismatch deserves a warning, never a rejection.
   */
  public boolean capMatchesSuggestion(Territory territory) {
    return territory.capOfComune(comuneIstatCode).map(cap.value()::equals).orElse(true);
  }

  public String street() {
    return street;
  }

  public String streetNumber() {
    return streetNumber;
  }

  public Cap cap() {
    return cap;
  }

  public String regionCode() {
    return regionCode;
  }

  public String provinceCode() {
    return provinceCode;
  }

  public String comuneIstatCode() {
    return comuneIstatCode;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Address that
        && street.equals(that.street)
        && streetNumber.equals(that.streetNumber)
        && cap.equals(that.cap)
        && regionCode.equals(that.regionCode)
        && provinceCode.equals(that.provinceCode)
        && comuneIstatCode.equals(that.comuneIstatCode);
  }

  @Override
  public int hashCode() {
    return Objects.hash(street, streetNumber, cap, regionCode, provinceCode, comuneIstatCode);
  }

  @Override
  public String toString() {
    return street + " " + streetNumber + ", " + cap + " (" + provinceCode + ") " + comuneIstatCode;
  }
}
