package it.ccse.anagrafica.registry.application;

import it.ccse.anagrafica.registry.application.FileViews.ChangeSummary;
import it.ccse.anagrafica.registry.application.FileViews.DeviceChoice;
import it.ccse.anagrafica.registry.application.FileViews.FileView;
import it.ccse.anagrafica.registry.application.FileViews.ReportEntry;
import it.ccse.anagrafica.registry.application.FileViews.VehicleView;
import it.ccse.anagrafica.registry.domain.changes.Operation;
import it.ccse.anagrafica.registry.domain.fees.Contribution;
import it.ccse.anagrafica.registry.domain.obligations.FileNotice;
import java.util.List;

/**
 * The signed-in user's company file (VW-1..VW-6) and its modification area (MD-1..MD-9, MD-12,
 * MD-13). The file is always the caller's company's; {@code device} is the device in use of a
 * DELEGATE (VW-1), whose company is the one they read and which limits every change to its site;
 * the legal representative passes null.
 */
public interface CompanyFileService {

  /**
   * VW-1: the devices the caller is a delegate on, in the companies they accepted to act for (issue
   * 15 finding 4), by company, site and serial.
   */
  List<DeviceChoice> devicesInUse(String username);

  /**
   * VW-2: whether the caller's company has a file, i.e. CCSE validated its data; before that the
   * file pages only say so.
   */
  boolean isAvailable(String username, String device);

  /** TH-1, VO-1, AG-1 access-time notices of the caller's company; none before validation. */
  List<FileNotice> notices(String username, String device);

  /** The file as stored (VW-2..VW-5). */
  FileView current(String username, String device);

  /** The file with the caller's pending changes applied: the modification area (MD-1). */
  FileView pending(String username, String device);

  /**
   * Adds operations to the pending set, all or none, once each is checked and the whole set still
   * follows every rule (MD-2: e.g. a new category together with its association to a device).
   */
  void change(String username, String device, Operation... operations);

  /** "Indietro" on one operation of the pending set. */
  void undo(String username, String device, int index);

  /** Discards the whole pending set. */
  void discard(String username, String device);

  /** "Riepilogo" (MD-9). */
  ChangeSummary summary(String username, String device);

  /** "Firma" with PIN: applies the set in one transaction and stores its sealed report. */
  ReportEntry sign(String username, String device, char[] pin);

  List<ReportEntry> history(String username, String device);

  /** The sealed PDF of a signed change of the caller's file. */
  byte[] report(String username, String device, String reportId);

  /** VW-6 "REPORT AZIENDA": the whole file as a sealed PDF. */
  byte[] companyReport(String username, String device);

  /** VW-6: the contribution due for the year from the signed file, line by line. */
  Contribution contribution(String username, String device);

  List<VehicleView> vehicles(String username, String device, String plate, int first, int max);

  long countVehicles(String username, String device, String plate);
}
