package it.ccse.anagrafica.web.sectors;

import it.ccse.anagrafica.sectors.application.ActivitySectors;
import it.ccse.anagrafica.sectors.application.SectorViews.References;
import it.ccse.anagrafica.sectors.application.SectorViews.SectorView;
import it.ccse.anagrafica.sectors.application.SectorViews.ServiceView;
import it.ccse.anagrafica.sectors.application.SectorViews.TypeView;
import it.ccse.anagrafica.sectors.domain.LegalNature;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import it.ccse.anagrafica.web.accounts.CurrentUser;
import it.ccse.anagrafica.web.file.DeviceInUse;
import it.ccse.anagrafica.web.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.primefaces.event.FileUploadEvent;

/**
 * A sector, {@code settore.xhtml?id=} (SE-2..SE-8, BK-1): its fields, services and "Lista ATO"
 * saved together by "salva le modifiche", its own bank or the company's, "Carica
 * autocertificazione", what is missing, "Invia a CCSE" once nothing is; a draft may be discarded.
 * Every change carries the version shown.
 */
@Named
@ViewScoped
public class SectorPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ActivitySectors sectors;
  @Inject private CurrentUser user;
  @Inject private DeviceInUse deviceInUse;
  @Inject private Messages messages;

  private String id;
  private boolean available;
  private SectorView sector;
  private References references;
  private SectorForm form = new SectorForm();

  /** f:viewAction, with f:viewParam id (an unknown or another company's id: a message). */
  public void load() {
    available = sectors.isAvailable(user.username(), deviceInUse.get());
    if (available) {
      references = sectors.references();
      sector = sectors.find(user.username(), deviceInUse.get(), id);
      form = SectorForm.of(sector);
    }
  }

  /** "Tipologia" changed: only its services stay offered. */
  public void typeChanged() {
    form.keepServices(offered());
  }

  /** A service unticked takes its ATOs out of "Lista ATO". */
  public void servicesChanged() {
    form.keepServices(offered());
  }

  /** "salva le modifiche": the sector, then its bank, own or the company's (BK-1). */
  public void save() {
    sector = sectors.save(user.username(), deviceInUse.get(), id, sector.version(), form.details());
    if (form.ownBank()) {
      if (!sector.ownBank()
          || !form.getIban().equals(sector.iban())
          || !Objects.equals(form.getBankName(), sector.bankName())) {
        sector =
            sectors.overrideBank(
                user.username(),
                deviceInUse.get(),
                id,
                sector.version(),
                form.getIban(),
                form.getBankName());
      }
    } else if (sector.ownBank()) {
      sector = sectors.resetBank(user.username(), deviceInUse.get(), id, sector.version());
    }
    form = SectorForm.of(sector);
    messages.info(null, "sector.saved");
  }

  /** "Carica autocertificazione", stored as soon as chosen; a refusal shows on the field. */
  public void upload(FileUploadEvent event) {
    var file = event.getFile();
    sector =
        InvalidFieldException.naming(
            "selfCertification",
            () -> {
              try (var content = file.getInputStream()) {
                return sectors.attachSelfCertification(
                    user.username(), deviceInUse.get(), id, file.getFileName(), content);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    messages.info(null, "sector.selfCertification.attached");
  }

  /** "Invia a CCSE" (SE-8). */
  public void submit() {
    sector = sectors.submit(user.username(), deviceInUse.get(), id, sector.version());
    messages.info(null, "sector.submitted");
  }

  /** Drops a draft never saved. */
  public String discard() {
    sectors.discard(user.username(), deviceInUse.get(), id);
    messages.info(null, "sector.discarded");
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "/area/settori/index?faces-redirect=true";
  }

  /** The "Tipologia" chosen in the form, if any. */
  public TypeView getType() {
    return references == null
        ? null
        : references.types().stream()
            .filter(t -> t.code().equals(form.getTypeCode()))
            .findFirst()
            .orElse(null);
  }

  /** The services ticked, each with its "Aggiungi ATO +" on a water sector. */
  public List<ServiceView> getChosenServices() {
    var type = getType();
    return type == null
        ? List.of()
        : type.services().stream().filter(s -> form.getServiceCodes().contains(s.code())).toList();
  }

  private List<String> offered() {
    var type = getType();
    return type == null ? List.of() : type.services().stream().map(ServiceView::code).toList();
  }

  /** SE-7: said before the first save of a water sector. */
  public boolean isServicesWarning() {
    var type = getType();
    return type != null && type.water() && !sector.servicesFixed();
  }

  public boolean isEditable() {
    return sector != null && sector.editable();
  }

  public List<TypeView> getTypes() {
    return references == null ? List.of() : references.types();
  }

  public List<LegalNature> getLegalNatures() {
    return references == null ? List.of() : references.legalNatures();
  }

  public LocalDate getToday() {
    return LocalDate.now();
  }

  public boolean isAvailable() {
    return available;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public SectorView getSector() {
    return sector;
  }

  public SectorForm getForm() {
    return form;
  }
}
