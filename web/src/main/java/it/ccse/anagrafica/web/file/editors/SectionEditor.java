package it.ccse.anagrafica.web.file.editors;

import it.ccse.anagrafica.web.file.ModificationArea.Editor;

/**
 * One section's editor of the modification area (MD-3..MD-8, MD-12): it opens on its section with
 * its own form filled, and its "SALVA" turns the form into operations or a recipe for the pending
 * set. The rules are the domain's; an editor only carries what was typed.
 */
public interface SectionEditor {

  /** Whether this bean edits what the area shows for {@code editor}. */
  boolean opens(Editor editor);

  /** "SALVA". */
  void save();
}
