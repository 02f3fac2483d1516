package it.ccse.anagrafica.sectors.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The lists a sector chooses from, maintained by CCSE (SE-2, SE-3): sector types with their
 * services and the ATOs of each region; in the area's infrastructure.
 */
public interface SectorReferenceRepository {

  /** The types offered for a new sector, by label. */
  List<SectorType> activeTypes();

  /** Every type, active or not, by label: the back office's list. */
  List<SectorType> allTypes();

  /** Adds a new type; {@code sectorType.duplicate} on {@code typeCode} if the code exists. */
  void store(SectorType type);

  /** Writes the type's changes now, so a stale version is refused as a conflict. */
  void flush();

  /** Any type, active or not: a sector keeps the one it was saved with. */
  Optional<SectorType> type(String code);

  /** "ATO (filtrato per Regione)": the region's ATOs valid on the day, by name. */
  List<Ato> atos(String regionCode, LocalDate day);

  Optional<Ato> ato(String code);

  /** The ATOs with these codes, valid or not, to name those a sector holds. */
  List<Ato> atos(List<String> codes);

  /** Every ATO, by region and name: the back office's list. */
  List<Ato> allAtos();

  void store(Ato ato);
}
