package it.ccse.anagrafica.sectors.domain;

import java.util.List;
import java.util.Optional;

/** Where the companies' activity sectors are kept (SE-6); in the area's infrastructure. */
public interface ActivitySectorRepository {

  void store(ActivitySector sector);

  void remove(ActivitySector sector);

  /** Writes the changes now, so that a view made next carries the new version. */
  void flush();

  /** A sector of the company; another company's id reads as absent. */
  Optional<ActivitySector> find(long companyId, String publicId);

  /** "Lista settori attività": the company's sectors, oldest first. */
  List<ActivitySector> ofCompany(long companyId);

  /** AD-1: sectors in a state, oldest submission first, of every company. */
  List<ActivitySector> inState(SectorState state, int first, int max);

  long countInState(SectorState state);

  /** Any company's sector, locked until the transaction ends and read fresh: staff only. */
  Optional<ActivitySector> findForUpdate(String publicId);

  /** ON-7: the company's sector imported from the legacy registry with that key. */
  Optional<ActivitySector> findImported(long companyId, String legacyKey);

  /** Any company's sector: staff only. */
  Optional<ActivitySector> find(String publicId);
}
