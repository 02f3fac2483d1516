package it.ccse.anagrafica.web.file;

import it.ccse.anagrafica.categories.domain.CategoryType;
import it.ccse.anagrafica.categories.domain.obligations.EmployeeThreshold;
import it.ccse.anagrafica.file.application.CompanyFileChanges;
import it.ccse.anagrafica.file.application.FileViews.CategoryView;
import it.ccse.anagrafica.file.application.FileViews.FileView;
import it.ccse.anagrafica.file.domain.changes.DeclareEmployees;
import it.ccse.anagrafica.file.domain.changes.DeleteCategory;
import it.ccse.anagrafica.file.domain.changes.Details;
import it.ccse.anagrafica.file.domain.changes.JoinVoluntarily;
import it.ccse.anagrafica.file.domain.changes.ModifyCategory;
import it.ccse.anagrafica.file.domain.changes.Operation;
import it.ccse.anagrafica.web.accounts.CurrentUser;
import it.ccse.anagrafica.web.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The forms the access-time notices lead to (TH-1, VO-1, AG-1): each answer joins the pending
 * change set, then "RIEPILOGO" and "Firma" as for every change.
 */
@Named
@ViewScoped
public class Declarations implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private CompanyFileChanges changes;
  @Inject private CurrentUser user;
  @Inject private DeviceInUse deviceInUse;
  @Inject private Messages messages;

  private FileView file;
  private EmployeeThreshold threshold;

  /** f:viewAction: the file as it will be, so answers already given do not show again. */
  public void load() {
    file = changes.pending(user.username(), deviceInUse.get());
  }

  public void declareEmployees() {
    save(new DeclareEmployees(threshold));
  }

  public void joinVoluntarily(String category) {
    save(new JoinVoluntarily(category));
  }

  public void delete(String category) {
    save(new DeleteCategory(category));
  }

  public void declareCircuit(CategoryView category, boolean circuit) {
    var d = category.values();
    save(
        new ModifyCategory(
            category.publicId(),
            new Details(
                d.hazardous(),
                d.nonHazardous(),
                d.urban(),
                d.employees(),
                d.tonnesPerYear(),
                d.inhabitants(),
                d.description(),
                circuit)));
  }

  private void save(Operation operation) {
    changes.change(user.username(), deviceInUse.get(), operation);
    load();
    messages.info(null, "area.saved");
  }

  private List<CategoryView> categories() {
    return file.sites().stream().flatMap(s -> s.categories().stream()).toList();
  }

  /** VO-1: not mandatory, not yet joined, nothing left to declare. */
  public List<CategoryView> getUndecided() {
    return categories().stream()
        .filter(c -> !c.mandatory() && !c.joinedVoluntarily() && !c.awaitsDeclaration())
        .toList();
  }

  /** AG-1. */
  public List<CategoryView> getAgricultural() {
    return categories().stream()
        .filter(c -> c.type() == CategoryType.AGRICULTURAL && c.values().organisedCircuit() == null)
        .toList();
  }

  public EmployeeThreshold[] getThresholds() {
    return EmployeeThreshold.values();
  }

  public FileView getFile() {
    return file;
  }

  public EmployeeThreshold getThreshold() {
    return threshold;
  }

  public void setThreshold(EmployeeThreshold threshold) {
    this.threshold = threshold;
  }
}
