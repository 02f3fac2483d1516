package it.ccse.anagrafica.web.file.editors;

import it.ccse.anagrafica.file.domain.changes.recipes.Person;
import java.io.Serializable;

/** A new delegate person as typed (MD-6, MD-12). */
public class PersonForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String delegateName;
  private String delegateSurname;
  private String codiceFiscale;

  Person person() {
    return new Person(delegateName, delegateSurname, codiceFiscale);
  }

  public String getDelegateName() {
    return delegateName;
  }

  public void setDelegateName(String delegateName) {
    this.delegateName = delegateName;
  }

  public String getDelegateSurname() {
    return delegateSurname;
  }

  public void setDelegateSurname(String delegateSurname) {
    this.delegateSurname = delegateSurname;
  }

  public String getCodiceFiscale() {
    return codiceFiscale;
  }

  public void setCodiceFiscale(String codiceFiscale) {
    this.codiceFiscale = codiceFiscale;
  }
}
