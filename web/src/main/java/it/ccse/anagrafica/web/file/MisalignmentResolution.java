package it.ccse.anagrafica.web.file;

import it.ccse.anagrafica.file.application.CompanyFileService;
import it.ccse.anagrafica.file.application.Misalignments;
import it.ccse.anagrafica.reconciliation.application.MisalignmentView;
import it.ccse.anagrafica.web.accounts.CurrentUser;
import it.ccse.anagrafica.web.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * BR-1 "Gestione disallineamenti": each answer joins the pending change set, then "Riepilogo" and
 * "Firma" as for every change.
 */
@Named
@ViewScoped
public class MisalignmentResolution implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Misalignments misalignments;
  @EJB private CompanyFileService files;
  @Inject private CurrentUser user;
  @Inject private DeviceInUse deviceInUse;
  @Inject private Messages messages;

  private List<MisalignmentView> open;
  private int pendingOperations;

  public void load() {
    open = misalignments.open(user.username(), deviceInUse.get());
    pendingOperations = files.current(user.username(), deviceInUse.get()).pendingOperations();
  }

  public void align(long misalignment) {
    misalignments.align(user.username(), deviceInUse.get(), misalignment);
    saved();
  }

  public void certify(long misalignment) {
    misalignments.certify(user.username(), deviceInUse.get(), misalignment);
    saved();
  }

  private void saved() {
    load();
    messages.info(null, "area.saved");
  }

  public List<MisalignmentView> getOpen() {
    return open;
  }

  public int getPendingOperations() {
    return pendingOperations;
  }
}
