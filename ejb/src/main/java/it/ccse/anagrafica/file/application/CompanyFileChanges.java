package it.ccse.anagrafica.file.application;

import it.ccse.anagrafica.file.application.FileViews.ChangeSummary;
import it.ccse.anagrafica.file.application.FileViews.FileView;
import it.ccse.anagrafica.file.domain.changes.Operation;
import it.ccse.anagrafica.file.domain.changes.recipes.ChangeRecipe;

/**
 * The caller's pending change set on their company file (MD-1..MD-9, MD-12, MD-13): the
 * modification area and the Riepilogo. Signing it is {@link CompanyFileSigning}. As in {@link
 * CompanyFileService}, {@code device} is the device in use of a DELEGATE, null for the legal
 * representative.
 */
public interface CompanyFileChanges {

  /** The file with the caller's pending changes applied: the modification area (MD-1). */
  FileView pending(String username, String device);

  /**
   * Adds operations to the pending set, all or none, once each is checked and the whole set still
   * follows every rule (MD-2: e.g. a new category together with its association to a device).
   */
  void change(String username, String device, Operation... operations);

  /**
   * Adds the operations of a use case (MD-5, MD-6, MD-7, MD-12, TH-2), built against the file with
   * the pending changes applied; the items they create get new public ids here.
   */
  void change(String username, String device, ChangeRecipe recipe);

  /** "Indietro" on one operation of the pending set. */
  void undo(String username, String device, int index);

  /** Discards the whole pending set. */
  void discard(String username, String device);

  /** "Riepilogo" (MD-9). */
  ChangeSummary summary(String username, String device);
}
