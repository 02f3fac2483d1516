package it.ccse.anagrafica.sectors.application;

import it.ccse.anagrafica.sectors.application.SectorViews.AtoChoice;
import it.ccse.anagrafica.sectors.application.SectorViews.AtoView;
import it.ccse.anagrafica.sectors.application.SectorViews.ContactDetails;
import it.ccse.anagrafica.sectors.application.SectorViews.References;
import it.ccse.anagrafica.sectors.application.SectorViews.SectorDetails;
import it.ccse.anagrafica.sectors.application.SectorViews.SectorView;
import java.io.InputStream;
import java.util.List;

/**
 * "Settori Attività", "Contatti" and "Banche" for the caller's company (SE-1..SE-8, CO-1, BK-1):
 * only once CCSE has validated the company data (SE-1, otherwise {@code OutOfScopeException} {@code
 * sector.companyNotValidated}). Everyone of the company reads its sectors; only the legal
 * representative (the whole file's scope) changes them, a delegate is refused with {@code
 * sector.legalRepresentativeOnly}. Another company's sector reads as not found; a change made on a
 * version the caller no longer sees is a conflict.
 */
public interface ActivitySectors {

  /** SE-1: whether the menu offers the sectors; before that it says why. */
  boolean isAvailable(String username, String device);

  /** "Lista settori attività", oldest first. */
  List<SectorView> list(String username, String device);

  SectorView find(String username, String device, String sectorId);

  /**
   * AD-1: the company's sectors CCSE rejected, with the reason, until sent again — the home page's
   * notice; none for a company not yet validated.
   */
  List<SectorView> rejected(String username, String device);

  /** The active types with their services, and the legal natures. */
  References references();

  /** "ATO (filtrato per Regione)": the region's ATOs valid today. */
  List<AtoView> atos(String regionCode);

  /** "Aggiungi settore di attività": a new draft, kept across logout until saved or discarded. */
  SectorView create(String username, String device);

  /** Drops a draft never saved. */
  void discard(String username, String device, String sectorId);

  /** "salva le modifiche" (SE-2..SE-4, SE-7). */
  SectorView save(
      String username, String device, String sectorId, long version, SectorDetails details);

  /** "Aggiungi +" of a saved water sector's ATO dialog (SE-3). */
  SectorView addAto(
      String username, String device, String sectorId, long version, AtoChoice choice);

  /** Removes a line of "Lista ATO"; a service keeps at least one (SE-3). */
  SectorView removeAto(
      String username, String device, String sectorId, long version, AtoChoice choice);

  /**
   * "Carica autocertificazione" (SE-5), replacing a former one; the store checks the type by
   * content and the size limit of {@code AttachmentUse.SELF_CERTIFICATION}.
   */
  SectorView attachSelfCertification(
      String username, String device, String sectorId, String fileName, InputStream content);

  SectorView removeSelfCertification(String username, String device, String sectorId, long version);

  /** "Aggiungi contatto" (CO-1). */
  SectorView addContact(
      String username, String device, String sectorId, long version, ContactDetails contact);

  SectorView editContact(
      String username,
      String device,
      String sectorId,
      long version,
      String contactId,
      ContactDetails contact);

  SectorView removeContact(
      String username, String device, String sectorId, long version, String contactId);

  /** BK-1: the sector's own IBAN and bank instead of the company's. */
  SectorView overrideBank(
      String username, String device, String sectorId, long version, String iban, String bankName);

  /** BK-1: back to the company's IBAN and bank. */
  SectorView resetBank(String username, String device, String sectorId, long version);

  /** SE-8: to CCSE, only when nothing is missing. */
  SectorView submit(String username, String device, String sectorId, long version);
}
