package it.ccse.anagrafica.web.shared;

import it.ccse.anagrafica.shared.application.ReferenceData;
import it.ccse.anagrafica.shared.domain.CodiceFiscale;
import it.ccse.anagrafica.shared.domain.Email;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import it.ccse.anagrafica.shared.domain.PartitaIva;
import it.ccse.anagrafica.shared.domain.Pec;
import it.ccse.anagrafica.shared.domain.Phone;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.faces.validator.FacesValidator;

/** The shared kernel's value objects as Faces validators, by id (e.g. {@code codiceFiscale}). */
public final class Validators {

  private Validators() {}

  @FacesValidator(value = "codiceFiscale", managed = true)
  @Dependent
  public static class CodiceFiscaleValidator extends ValueObjectValidator {
    @Override
    protected void parse(String value) {
      CodiceFiscale.of(value);
    }
  }

  /** A natural person's code, born in a known comune (even ceased) or foreign state. */
  @FacesValidator(value = "personalCodiceFiscale", managed = true)
  @Dependent
  public static class PersonalCodiceFiscaleValidator extends ValueObjectValidator {
    @EJB private ReferenceData reference;

    @Override
    protected void parse(String value) {
      var codiceFiscale =
          CodiceFiscale.of(value).requireKnownBirthplace(reference::isKnownBirthplace);
      if (!codiceFiscale.isPersonal()) {
        throw new InvalidValueException("validation.codiceFiscale.notPersonal");
      }
    }
  }

  @FacesValidator(value = "partitaIva", managed = true)
  @Dependent
  public static class PartitaIvaValidator extends ValueObjectValidator {
    @Override
    protected void parse(String value) {
      PartitaIva.of(value);
    }
  }

  /** A phone or fax number; whether one is needed is the field's {@code required}, fax is not. */
  @FacesValidator(value = "phone", managed = true)
  @Dependent
  public static class PhoneValidator extends ValueObjectValidator {
    @Override
    protected void parse(String value) {
      if (!value.isBlank()) {
        Phone.of(value);
      }
    }
  }

  @FacesValidator(value = "email", managed = true)
  @Dependent
  public static class EmailValidator extends ValueObjectValidator {
    @Override
    protected void parse(String value) {
      Email.of(value);
    }
  }

  @FacesValidator(value = "pec", managed = true)
  @Dependent
  public static class PecValidator extends ValueObjectValidator {
    @Override
    protected void parse(String value) {
      Pec.of(value);
    }
  }
}
