package it.ccse.anagrafica.file.domain.changes;

import it.ccse.anagrafica.file.domain.CompanyFile;
import it.ccse.anagrafica.shared.domain.PlaceNames;

/** MD-7 "RIMUOVI" a delegate from a device. */
public record RemoveDelegate(String device, String delegate) implements OnDevice {

  @Override
  public ChangeLine describe(CompanyFile file, PlaceNames places) {
    return line(file, "change.removeDelegate", file.delegate(delegate).fullName(), "");
  }

  @Override
  public void applyTo(CompanyFile file) {
    file.device(device).dissociate(file.delegate(delegate));
  }
}
