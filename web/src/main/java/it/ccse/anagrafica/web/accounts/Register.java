package it.ccse.anagrafica.web.accounts;

import it.ccse.anagrafica.company.application.Registration;
import it.ccse.anagrafica.company.application.RegistrationService;
import it.ccse.anagrafica.company.domain.CompanyData;
import it.ccse.anagrafica.company.domain.LegalForm;
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

  /** The form binds to the company data it declares: the same fields the wizard edits later. */
  private final CompanyData data = new CompanyData();

  private boolean privacy;
  private String registeredUsername;

  public void submit() {
    var representative = data.getLegalRepresentative();
    registeredUsername =
        registration.register(
            new Registration(
                data.getRagioneSociale().trim(),
                CodiceFiscale.of(data.getCodiceFiscale()),
                PartitaIva.of(data.getPartitaIva()),
                data.getLegalForm(),
                representative.getName().trim(),
                representative.getSurname().trim(),
                CodiceFiscale.of(representative.getCodiceFiscale()),
                Email.of(data.getEmail()),
                Pec.of(data.getPec()),
                data.getPhone().trim(),
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

  public CompanyData getData() {
    return data;
  }

  public boolean isPrivacy() {
    return privacy;
  }

  public void setPrivacy(boolean privacy) {
    this.privacy = privacy;
  }
}
