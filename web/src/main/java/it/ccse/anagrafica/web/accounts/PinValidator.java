package it.ccse.anagrafica.web.accounts;

import it.ccse.anagrafica.accounts.domain.Pin;
import it.ccse.anagrafica.web.shared.ValueObjectValidator;
import jakarta.enterprise.context.Dependent;
import jakarta.faces.validator.FacesValidator;

/** The signing PIN rule (ON-3) next to the field. */
@FacesValidator(value = "pinValidator", managed = true)
@Dependent
public class PinValidator extends ValueObjectValidator {

  @Override
  protected void parse(String value) {
    Pin.check(value.toCharArray());
  }
}
