package it.ccse.anagrafica.file.application;

import it.ccse.anagrafica.categories.domain.obligations.FileNotice;
import it.ccse.anagrafica.company.application.IdentityRequest;
import it.ccse.anagrafica.fees.domain.Contribution;
import it.ccse.anagrafica.file.application.FileViews.DeviceChoice;
import it.ccse.anagrafica.file.application.FileViews.FileView;
import it.ccse.anagrafica.file.application.FileViews.VehicleView;
import java.util.List;
import java.util.Optional;

/**
 * The signed-in user's company file as stored (VW-1..VW-6). Its modification area is {@link
 * CompanyFileChanges}, the signature {@link CompanyFileSigning}, the reports {@link
 * CompanyFileReports}. The file is always the caller's company's; {@code device} is the device in
 * use of a DELEGATE (VW-1), whose company is the one they read and which limits every change to its
 * site; the legal representative passes null.
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

  /**
   * MD-3, AD-1: the signed change of ragione sociale or legal representative CCSE has not approved
   * yet, or the last one it rejected until another is signed; empty otherwise or when the file is
   * not available.
   */
  Optional<IdentityRequest> identityRequest(String username, String device);

  /** The file as stored (VW-2..VW-5). */
  FileView current(String username, String device);

  /** VW-6: the contribution due for the year from the signed file, line by line. */
  Contribution contribution(String username, String device);

  List<VehicleView> vehicles(String username, String device, String plate, int first, int max);

  long countVehicles(String username, String device, String plate);
}
