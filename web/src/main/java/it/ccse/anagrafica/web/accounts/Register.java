package it.ccse.anagrafica.web.accounts;

import it.ccse.anagrafica.accounts.application.Registration;
import it.ccse.anagrafica.accounts.application.RegistrationService;
import it.ccse.anagrafica.registry.domain.LegalForm;
import it.ccse.anagrafica.shared.domain.CodiceFiscale;
import it.ccse.anagrafica.shared.domain.Email;
import it.ccse.anagrafica.shared.domain.PartitaIva;
import it.ccse.anagrafica.shared.domain.Pec;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** "Nuova registrazione" (ON-2): the form, then the confirmation of Figura 3. */
@Named
@ViewScoped
public class Register implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private RegistrationService registration;

  private String ragioneSociale;
  private String codiceFiscale;
  private String partitaIva;
  private LegalForm legalForm;
  private String legalRepName;
  private String legalRepSurname;
  private String legalRepCodiceFiscale;
  private String email;
  private String pec;
  private String phone;
  private boolean privacy;
  private String registeredUsername;

  public void submit() {
    registeredUsername =
        registration.register(
            new Registration(
                ragioneSociale.trim(),
                CodiceFiscale.of(codiceFiscale),
                PartitaIva.of(partitaIva),
                legalForm.name(),
                legalRepName.trim(),
                legalRepSurname.trim(),
                CodiceFiscale.of(legalRepCodiceFiscale),
                Email.of(email),
                Pec.of(pec),
                phone.trim(),
                privacy));
  }

  public LegalForm[] getLegalForms() {
    return LegalForm.values();
  }

  public boolean isRegistered() {
    return registeredUsername != null;
  }

  public String getRegisteredUsername() {
    return registeredUsername;
  }

  public String getRagioneSociale() {
    return ragioneSociale;
  }

  public void setRagioneSociale(String ragioneSociale) {
    this.ragioneSociale = ragioneSociale;
  }

  public String getCodiceFiscale() {
    return codiceFiscale;
  }

  public void setCodiceFiscale(String codiceFiscale) {
    this.codiceFiscale = codiceFiscale;
  }

  public String getPartitaIva() {
    return partitaIva;
  }

  public void setPartitaIva(String partitaIva) {
    this.partitaIva = partitaIva;
  }

  public LegalForm getLegalForm() {
    return legalForm;
  }

  public void setLegalForm(LegalForm legalForm) {
    this.legalForm = legalForm;
  }

  public String getLegalRepName() {
    return legalRepName;
  }

  public void setLegalRepName(String legalRepName) {
    this.legalRepName = legalRepName;
  }

  public String getLegalRepSurname() {
    return legalRepSurname;
  }

  public void setLegalRepSurname(String legalRepSurname) {
    this.legalRepSurname = legalRepSurname;
  }

  public String getLegalRepCodiceFiscale() {
    return legalRepCodiceFiscale;
  }

  public void setLegalRepCodiceFiscale(String legalRepCodiceFiscale) {
    this.legalRepCodiceFiscale = legalRepCodiceFiscale;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPec() {
    return pec;
  }

  public void setPec(String pec) {
    this.pec = pec;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public boolean isPrivacy() {
    return privacy;
  }

  public void setPrivacy(boolean privacy) {
    this.privacy = privacy;
  }
}
