package it.ccse.anagrafica.file.domain.changes.recipes;

import it.ccse.anagrafica.file.domain.CompanyFile;
import it.ccse.anagrafica.file.domain.changes.Operation;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;

/**
 * A use case of the modification area as the operations it adds to the pending set, all or none.
 */
public interface ChangeRecipe extends Serializable {

  /**
   * The operations, in order, against the file with the pending changes applied; each item they
   * create takes a new public id from {@code newIds}.
   */
  List<Operation> operations(CompanyFile pending, Supplier<String> newIds);
}
