package it.ccse.anagrafica.web.file;

import it.ccse.anagrafica.file.application.CompanyFileChanges;
import it.ccse.anagrafica.file.application.FileViews.FileView;
import it.ccse.anagrafica.file.application.FileViews.SiteView;
import it.ccse.anagrafica.file.domain.changes.Operation;
import it.ccse.anagrafica.file.domain.changes.recipes.ChangeRecipe;
import it.ccse.anagrafica.web.accounts.CurrentUser;
import it.ccse.anagrafica.web.file.editors.SectionEditor;
import it.ccse.anagrafica.web.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * "ENTRA IN AREA MODIFICHE" (MD-1..MD-8, MD-12): the file with the pending changes applied, and one
 * section's editor at a time ("MODIFICA", "SALVA", "INDIETRO"), each a {@link SectionEditor} bean
 * of {@code web.file.editors}. Every save adds operations to the pending change set; nothing is
 * applied before "Firma" in the "Riepilogo".
 */
@Named
@ViewScoped
public class ModificationArea implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Which section's editor is open. */
  public enum Editor {
    NONE,
    COMPANY,
    ADDRESS,
    UNIT,
    ADD_CATEGORY,
    MODIFY_CATEGORY,
    ADD_DELEGATE,
    DEVICE_CATEGORY,
    DEVICE_DELEGATE,
    CONTACTS,
    NEW_DEVICE,
    NEW_UNIT
  }

  @EJB private CompanyFileChanges changes;
  @Inject private CurrentUser user;
  @Inject private DeviceInUse deviceInUse;
  @Inject private Messages messages;
  @Inject @Any private Instance<SectionEditor> editors;

  private FileView file;
  private Editor editor = Editor.NONE;
  private String site;

  /** f:viewAction. */
  public void load() {
    file = changes.pending(user.username(), deviceInUse.get());
  }

  /** An editor opens on a site, or on the company ({@code site} null). */
  public void open(Editor editor, String site) {
    this.editor = editor;
    this.site = site;
  }

  /** "INDIETRO": the editor closes, nothing is added. */
  public void cancel() {
    editor = Editor.NONE;
  }

  /** "SALVA" of the open editor. */
  public void save() {
    if (editor == Editor.NONE) {
      cancel();
    } else {
      getOpen().save();
    }
  }

  /** Adds operations to the pending set; the editor closes. */
  public void change(Operation... operations) {
    changes.change(user.username(), deviceInUse.get(), operations);
    saved();
  }

  /** Adds a use case's operations to the pending set; the editor closes. */
  public void change(ChangeRecipe recipe) {
    changes.change(user.username(), deviceInUse.get(), recipe);
    saved();
  }

  private void saved() {
    editor = Editor.NONE;
    load();
    messages.info(null, "area.saved");
  }

  /** The bean of the open editor: the page's field groups bind to its forms. */
  public SectionEditor getOpen() {
    return editors.stream().filter(e -> e.opens(editor)).findFirst().orElse(null);
  }

  /** The public id of the site the open editor works on. */
  public String siteId() {
    return site;
  }

  /** The site the open editor works on. */
  public SiteView getSite() {
    return file.sites().stream().filter(s -> s.publicId().equals(site)).findFirst().orElse(null);
  }

  public FileView getFile() {
    return file;
  }

  public Editor getEditor() {
    return editor;
  }
}
