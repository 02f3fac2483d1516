package it.ccse.anagrafica.sectors.application;

import it.ccse.anagrafica.sectors.application.SectorViews.SectorView;
import it.ccse.anagrafica.sectors.domain.SectorField.Difference;
import it.ccse.anagrafica.sectors.domain.SectorState;
import java.io.Serializable;
import java.util.List;

/**
 * AD-1 for the activity sectors (SE-8): the back office's queue of sectors sent to CCSE, oldest
 * first; a sector with its company, ATOs, contacts, bank and self-certification; validate, or
 * reject with the reason the company reads. What changed is shown against the last validated
 * version, which a validation replaces. Each change carries the version the staff member saw. CCSE
 * staff only.
 */
public interface SectorDesk {

  /**
   * A sector as the queue shows it: with the company it belongs to and what changed since CCSE last
   * validated it (every field, for a sector never validated).
   */
  record QueuedSector(
      String companyName,
      String companyCodiceFiscale,
      SectorView sector,
      boolean validatedBefore,
      List<Difference> differences)
      implements Serializable {}

  List<QueuedSector> page(SectorState state, int first, int size);

  long count(SectorState state);

  QueuedSector find(String sectorId);

  QueuedSector validate(String staff, String sectorId, long version);

  QueuedSector reject(String staff, String sectorId, long version, String reason);
}
