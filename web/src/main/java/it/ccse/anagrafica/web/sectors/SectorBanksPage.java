package it.ccse.anagrafica.web.sectors;

import it.ccse.anagrafica.sectors.application.ActivitySectors;
import it.ccse.anagrafica.sectors.application.SectorViews.SectorView;
import it.ccse.anagrafica.web.accounts.CurrentUser;
import it.ccse.anagrafica.web.file.DeviceInUse;
import it.ccse.anagrafica.web.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * "Banche" (BK-1): each sector's IBAN and bank, the company's from "Dati societari" unless the
 * sector has its own; the own one is set with "salva le modifiche" and reset to the company's.
 */
@Named
@ViewScoped
public class SectorBanksPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ActivitySectors sectors;
  @Inject private CurrentUser user;
  @Inject private DeviceInUse deviceInUse;
  @Inject private Messages messages;

  private boolean available;
  private List<SectorView> list = List.of();
  private SectorView editing;
  private String iban;
  private String bankName;

  /** f:viewAction. */
  public void load() {
    available = sectors.isAvailable(user.username(), deviceInUse.get());
    list = available ? sectors.list(user.username(), deviceInUse.get()) : List.of();
  }

  /** A sector's own account, to type. */
  public void edit(SectorView sector) {
    editing = sector;
    iban = sector.ownBank() ? sector.iban() : null;
    bankName = sector.ownBank() ? sector.bankName() : null;
  }

  public void cancel() {
    editing = null;
  }

  /** "salva le modifiche" of the sector's own account. */
  public void save() {
    sectors.overrideBank(
        user.username(), deviceInUse.get(), editing.id(), editing.version(), iban, bankName);
    editing = null;
    messages.info(null, "sector.bank.saved");
    load();
  }

  /** Back to the company's account. */
  public void reset(SectorView sector) {
    sectors.resetBank(user.username(), deviceInUse.get(), sector.id(), sector.version());
    editing = null;
    messages.info(null, "sector.bank.reset");
    load();
  }

  /** The company's account as a sector without its own shows it, if any. */
  public SectorView getCompanyBank() {
    return list.stream().filter(s -> !s.ownBank()).findFirst().orElse(null);
  }

  public boolean isAvailable() {
    return available;
  }

  public List<SectorView> getList() {
    return list;
  }

  public SectorView getEditing() {
    return editing;
  }

  public String getIban() {
    return iban;
  }

  public void setIban(String iban) {
    this.iban = iban;
  }

  public String getBankName() {
    return bankName;
  }

  public void setBankName(String bankName) {
    this.bankName = bankName;
  }
}
