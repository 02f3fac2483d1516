package it.ccse.anagrafica.file.domain.changes;

import it.ccse.anagrafica.company.domain.Site;
import it.ccse.anagrafica.file.domain.CompanyFile;
import java.util.Optional;

/** An operation on one device: its site is the device's (VW-1 scope). */
public sealed interface OnDevice extends Operation
    permits AssociateCategory, RemoveCategory, AssociateDelegate, RemoveDelegate, UpdateContacts {

  String device();

  @Override
  default Optional<Site> site(CompanyFile file) {
    return Optional.of(file.device(device()).getSite());
  }

  /** A summary line on this device. */
  default ChangeLine line(CompanyFile file, String action, String before, String after) {
    var d = file.device(device());
    return new ChangeLine(d.getSite().getName(), action, d.label(), before, after);
  }
}
