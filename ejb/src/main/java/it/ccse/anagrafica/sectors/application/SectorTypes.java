package it.ccse.anagrafica.sectors.application;

import it.ccse.anagrafica.sectors.application.SectorViews.ServiceView;
import java.io.Serializable;
import java.util.List;

/**
 * SE-2: CCSE maintains its sectors' "Tipologia" and "Dettaglio/Servizi": a new type, a new label,
 * deactivated (no longer offered, kept by the sectors holding it) or active again, a service added
 * or renamed. Codes never change and nothing is deleted: sectors keep them. Each change carries the
 * version the staff member saw. CCSE staff only.
 */
public interface SectorTypes {

  /** A type as the back office lists it. */
  record SectorTypeRow(
      String code,
      long version,
      String label,
      boolean water,
      boolean active,
      List<ServiceView> services)
      implements Serializable {}

  /** Every type, active or not, by label. */
  List<SectorTypeRow> all();

  SectorTypeRow create(String code, String label, boolean water);

  SectorTypeRow rename(String code, long version, String label);

  SectorTypeRow activate(String code, long version, boolean active);

  SectorTypeRow addService(String code, long version, String serviceCode, String serviceLabel);

  SectorTypeRow renameService(String code, long version, String serviceCode, String serviceLabel);
}
