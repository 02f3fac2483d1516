package it.ccse.anagrafica.file.application;

import it.ccse.anagrafica.file.application.FileViews.FileView;
import java.util.Optional;

/** VW-1 for CCSE staff: any company's file, read only ("Back office sees all, changes nothing"). */
public interface CompanyFileLookup {

  /** The file of the validated company with this codice fiscale, if any. */
  Optional<FileView> byCodiceFiscale(String codiceFiscale);
}
