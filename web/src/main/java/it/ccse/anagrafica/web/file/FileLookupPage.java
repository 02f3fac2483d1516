package it.ccse.anagrafica.web.file;

import it.ccse.anagrafica.file.application.CompanyFileLookup;
import it.ccse.anagrafica.file.application.FileViews.FileView;
import it.ccse.anagrafica.web.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Back office: any company's file by codice fiscale, read only (VW-1). */
@Named
@ViewScoped
public class FileLookupPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private CompanyFileLookup lookup;
  @Inject private Messages messages;

  private String codiceFiscale;
  private FileView file;

  public void search() {
    file = lookup.byCodiceFiscale(codiceFiscale).orElse(null);
    if (file == null) {
      messages.error(null, "lookup.notFound");
    }
  }

  /** A row of the operator search: its file, as if its codice fiscale had been typed. */
  public void show(String codiceFiscale) {
    this.codiceFiscale = codiceFiscale;
    search();
  }

  public FileView getFile() {
    return file;
  }

  public String getCodiceFiscale() {
    return codiceFiscale;
  }

  public void setCodiceFiscale(String codiceFiscale) {
    this.codiceFiscale = codiceFiscale;
  }
}
