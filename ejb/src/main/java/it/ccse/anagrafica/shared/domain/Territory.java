package it.ccse.anagrafica.shared.domain;

import java.util.Optional;
import java.util.SortedSet;

/**
 * Reference data that ties an address together. Regions are ISTAT codes ({@code "01"}), provinces
 * are sigle ({@code "TO"}), comuni are 6-digit ISTAT codes ({@code "001272"}).
 */
public interface Territory {

  /** ISTAT code of the region the province belongs to; empty if the sigla is unknown. */
  Optional<String> regionOfProvince(String sigla);

  /** Sigla of the province the comune belongs to; empty if the ISTAT code is unknown. */
  Optional<String> provinceOfComune(String istatCode);

  /**
   * The CAPs of the comune in ascending order (one for most comuni, a range for the large cities),
   * which an address in it must use. The postal data date from 2020: a comune created since has
   * none, and an empty set means that its CAP is not checked.
   */
  SortedSet<String> capsOfComune(String istatCode);
}
