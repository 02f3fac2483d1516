package it.ccse.anagrafica.file.application;

import it.ccse.anagrafica.reconciliation.application.MisalignmentView;
import java.util.List;

/**
 * BR-1 "Gestione disallineamenti": the caller's company's open differences from the Business
 * Register and the two answers, which join the caller's pending change set and take effect when it
 * is signed with PIN ({@code device}: the delegate's device in use, as in {@link
 * CompanyFileService}).
 */
public interface Misalignments {

  /** Open ones, oldest first; none before the company is validated. */
  List<MisalignmentView> open(String username, String device);

  /** "ALLINEA": the register's value into the pending change set. */
  void align(String username, String device, long misalignment);

  /** "AUTOCERTIFICA": the declared value confirmed in the pending change set. */
  void certify(String username, String device, long misalignment);
}
