package it.ccse.anagrafica.file.domain.changes.recipes;

import it.ccse.anagrafica.file.domain.CompanyFile;
import it.ccse.anagrafica.file.domain.changes.AssociateCategory;
import it.ccse.anagrafica.file.domain.changes.Operation;
import it.ccse.anagrafica.file.domain.changes.RequestDevice;
import java.util.List;
import java.util.function.Supplier;

/** MD-7 "AGGIUNGI DISPOSITIVO": a device requested for a site with the category it will carry. */
public record NewDevice(String site, String category) implements ChangeRecipe {

  /** The choice "a new device" where a device is asked for (MD-5, MD-12). */
  public static final String NEW = "NEW";

  @Override
  public List<Operation> operations(CompanyFile pending, Supplier<String> newIds) {
    String device = newIds.get();
    return List.of(new RequestDevice(site, device), new AssociateCategory(device, category));
  }
}
