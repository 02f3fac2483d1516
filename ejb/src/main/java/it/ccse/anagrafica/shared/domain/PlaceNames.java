package it.ccse.anagrafica.shared.domain;

import java.util.Optional;

/**
 * The names of the ISTAT places that data keep as codes, for people to read (AD-1, MD-9). Each is
 * empty for a null or unknown code, so the caller can fall back on the code.
 */
public interface PlaceNames {

  /** The region's name, e.g. "Piemonte" for {@code "01"}. */
  Optional<String> regionName(String code);

  /** The province as the lists name it, e.g. "Torino (TO)" for {@code "TO"}. */
  Optional<String> provinceName(String sigla);

  /** The comune's name, e.g. "Torino" for {@code "001272"}. */
  Optional<String> comuneName(String istatCode);
}
