package it.ccse.anagrafica.shared.domain;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SortedSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An Italian address whose region, province, comune and CAP belong to each other (CD-1, MD-4,
 * MD-12): a CAP of another comune is refused, unless the reference data know no CAP of the comune.
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
   * Every part is required; a missing code or CAP is reported as {@code validation.required} with
   * the parameter's name as argument. Street and house number are free text ({@link FreeText})
   * whose failures name their field, as does a CAP of another comune. Without a house number, write
   * {@code "SNC"} (senza numero civico), as Italian forms do.
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
    String cleanStreet = text("street", street, FreeText.STREET);
    String cleanNumber = text("streetNumber", streetNumber, FreeText.STREET_NUMBER);
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
    SortedSet<String> caps = territory.capsOfComune(comune);
    if (!caps.isEmpty() && !caps.contains(cap.value())) {
      throw new InvalidFieldException(
          "cap", "validation.address.capNotOfComune", runs(caps), caps.size());
    }
    return new Address(cleanStreet, cleanNumber, cap, region, province, comune);
  }

  /**
   * An address on one line as Italian letters write it, e.g. "Via Roma 1, 10121 Torino (TO)", with
   * the comune by name; missing parts are left out.
   */
  public static String line(
      String street, String streetNumber, String cap, String comune, String provinceSigla) {
    String province =
        provinceSigla == null || provinceSigla.isBlank() ? null : "(" + provinceSigla + ")";
    return joined(", ", joined(" ", street, streetNumber), joined(" ", cap, comune, province));
  }

  private static String joined(String separator, String... parts) {
    return String.join(separator, Stream.of(parts).filter(p -> p != null && !p.isBlank()).toList());
  }

  private static String text(String field, String value, FreeText kind) {
    return InvalidFieldException.naming(
        field, () -> SPACES.matcher(kind.normalised(value)).replaceAll(" "));
  }

  private static String required(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new InvalidValueException("validation.required", name);
    }
    return SPACES.matcher(value.strip()).replaceAll(" ");
  }

  /**
   * The CAPs for a message: consecutive ones as a range, so a large city reads "10121–10156" rather
   * than thirty-six codes.
   */
  private static String runs(SortedSet<String> caps) {
    List<String> runs = new ArrayList<>();
    List<String> run = new ArrayList<>();
    for (String cap : caps) {
      if (!run.isEmpty()
          && Integer.parseInt(cap) != Integer.parseInt(run.get(run.size() - 1)) + 1) {
        runs.add(run(run));
        run.clear();
      }
      run.add(cap);
    }
    runs.add(run(run));
    return String.join(", ", runs);
  }

  private static String run(List<String> caps) {
    return caps.size() < 3
        ? String.join(", ", caps)
        : caps.get(0) + "–" + caps.get(caps.size() - 1);
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
