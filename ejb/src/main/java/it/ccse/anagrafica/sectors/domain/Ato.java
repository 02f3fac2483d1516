package it.ccse.anagrafica.sectors.domain;

import it.ccse.anagrafica.shared.domain.InvalidValueException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An "Ambito Territoriale Ottimale" of the water service (SE-3) in an ISTAT region, valid for a
 * period: CCSE maintains the list and imports it as CSV ({@code AtoCsv}). A sector keeps its code,
 * so an ATO that ends stays readable on the sectors that named it and is no longer offered.
 */
@Entity
@Table(name = "ato")
public class Ato {

  @Id private String code;

  @Version private long version;

  @Column(name = "region_code", nullable = false)
  private String regionCode;

  @Column(nullable = false)
  private String name;

  @Column(name = "valid_from", nullable = false)
  private LocalDate validFrom;

  @Column(name = "valid_to")
  private LocalDate validTo;

  protected Ato() {}

  /**
   * An ATO of a region from a day, until {@code validTo} included or without end (null).
   *
   * @throws InvalidValueException {@code ato.period} when it would end before it starts
   */
  public static Ato of(
      String regionCode, String code, String name, LocalDate validFrom, LocalDate validTo) {
    if (validTo != null && validTo.isBefore(validFrom)) {
      throw new InvalidValueException("ato.period");
    }
    var ato = new Ato();
    ato.regionCode = Objects.requireNonNull(regionCode);
    ato.code = Objects.requireNonNull(code);
    ato.name = Objects.requireNonNull(name);
    ato.validFrom = Objects.requireNonNull(validFrom);
    ato.validTo = validTo;
    return ato;
  }

  /**
   * A new import's line for this ATO (same code): its region, name and validity become the line's,
   * so CCSE renames or retires an ATO (a {@code validTo}) without touching the sectors holding it.
   */
  public void takeFrom(Ato line) {
    if (!code.equals(line.code)) {
      throw new IllegalArgumentException("Another ATO's line");
    }
    regionCode = line.regionCode;
    name = line.name;
    validFrom = line.validFrom;
    validTo = line.validTo;
  }

  public boolean isValidOn(LocalDate day) {
    return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
  }

  public String getCode() {
    return code;
  }

  /** The two-digit ISTAT code of the region, as {@code Region} has it. */
  public String getRegionCode() {
    return regionCode;
  }

  public String getName() {
    return name;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public LocalDate getValidTo() {
    return validTo;
  }
}
