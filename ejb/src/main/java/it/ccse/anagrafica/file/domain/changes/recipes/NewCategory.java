package it.ccse.anagrafica.file.domain.changes.recipes;

import it.ccse.anagrafica.categories.domain.CategoryType;
import it.ccse.anagrafica.file.domain.CompanyFile;
import it.ccse.anagrafica.file.domain.changes.AddCategory;
import it.ccse.anagrafica.file.domain.changes.AssociateCategory;
import it.ccse.anagrafica.file.domain.changes.Details;
import it.ccse.anagrafica.file.domain.changes.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * MD-5 with MD-2: a new category of a site goes at once onto a device of the site, or onto a new
 * one ({@link NewDevice#NEW}).
 */
public record NewCategory(String site, CategoryType type, Details details, String device)
    implements ChangeRecipe {

  @Override
  public List<Operation> operations(CompanyFile pending, Supplier<String> newIds) {
    String category = newIds.get();
    List<Operation> operations = new ArrayList<>();
    operations.add(new AddCategory(site, category, type, details));
    if (NewDevice.NEW.equals(device)) {
      operations.addAll(new NewDevice(site, category).operations(pending, newIds));
    } else {
      operations.add(new AssociateCategory(device, category));
    }
    return operations;
  }
}
