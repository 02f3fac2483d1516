package it.ccse.anagrafica.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
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
 *
 * <p>Immutable, and embedded as the address of a site in the columns {@code street}, {@code
 * street_number}, {@code cap}, {@code region_code}, {@code province_sigla} and {@code
 * comune_istat_code} (the fields are not final and there is a no-argument constructor for JPA
 * only). {@link #of} checks what a user typed; {@link #asRecorded} takes data that were checked
 * before or are taken as they come, as the registry always has.
 */
@Embeddable
public class Address implements Serializable {

  private static final long serialVersionUID = 2L;
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private String street;

  @Column(name = "street_number")
  private String streetNumber;

  private String cap;

  @Column(name = "region_code")
  private String regionCode;

  @Column(name = "province_sigla")
  private String provinceCode;

  @Column(name = "comune_istat_code")
  private String comuneIstatCode;

  /** For JPA only. */
  protected Address() {}

  private Address(
      String street,
      String streetNumber,
      String cap,
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
   * The address as recorded, taken as it is without the checks of {@link #of}: data checked before
   * (an approved round of "Dati societari", the legacy import, an operation checked when it was
   * added to a change set), the demo seed, and the Business Register's values on "ALLINEA" (BR-1).
   * Missing parts stay missing.
   */
  public static Address asRecorded(
      String street,
      String streetNumber,
      String cap,
      String regionCode,
      String provinceSigla,
      String comuneIstatCode) {
    return new Address(street, streetNumber, cap, regionCode, provinceSigla, comuneIstatCode);
  }

  /**
   * This address as typed, checked as {@link #of} checks it; a missing or wrong CAP names the field
   * {@code cap}, a comune missing or unknown {@code comune} (the address picker's fields).
   */
  public Address checked(Territory territory) {
    var normal = InvalidFieldException.naming("cap", () -> Cap.of(requiredField("cap", cap)));
    requiredField("comune", comuneIstatCode);
    return InvalidFieldException.naming(
        "comune",
        () ->
            of(street, streetNumber, normal, regionCode, provinceCode, comuneIstatCode, territory));
  }

  private static String requiredField(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidFieldException(field, "validation.required");
    }
    return value.strip();
  }

  /** No address yet: a site before it is located. */
  public static Address none() {
    return new Address();
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
    return new Address(cleanStreet, cleanNumber, cap.value(), region, province, comune);
  }

  /** The same address in another street (BR-1 "ALLINEA" on the street), as recorded. */
  public Address withStreet(String street) {
    return asRecorded(street, streetNumber, cap, regionCode, provinceCode, comuneIstatCode);
  }

  /** The same address at another house number (BR-1), as recorded. */
  public Address withStreetNumber(String streetNumber) {
    return asRecorded(street, streetNumber, cap, regionCode, provinceCode, comuneIstatCode);
  }

  /** The same address with another CAP (BR-1), as recorded. */
  public Address withCap(String cap) {
    return asRecorded(street, streetNumber, cap, regionCode, provinceCode, comuneIstatCode);
  }

  /** The same street and number in another comune, with its province and region (BR-1). */
  public Address inComune(String regionCode, String provinceSigla, String comuneIstatCode) {
    return asRecorded(street, streetNumber, cap, regionCode, provinceSigla, comuneIstatCode);
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

  /**
   * The CAP as a value object; null when the address has none. An address made by {@link #of}
   * always has a valid one; for one {@link #asRecorded} read {@link #capCode()}.
   */
  public Cap cap() {
    return cap == null ? null : Cap.of(cap);
  }

  /** The CAP as recorded, e.g. {@code "10121"}; null when the address has none. */
  public String capCode() {
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
        && Objects.equals(street, that.street)
        && Objects.equals(streetNumber, that.streetNumber)
        && Objects.equals(cap, that.cap)
        && Objects.equals(regionCode, that.regionCode)
        && Objects.equals(provinceCode, that.provinceCode)
        && Objects.equals(comuneIstatCode, that.comuneIstatCode);
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
