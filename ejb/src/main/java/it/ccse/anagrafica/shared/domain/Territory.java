package it.ccse.anagrafica.shared.domain;

import java.util.Optional;

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
   * The CAP to suggest for the comune, empty if none is known. Only a hint: CAP data is neither
   * authoritative nor unique for large cities, so it never makes an address invalid.
   */
  Optional<String> capOfComune(String istatCode);
}
