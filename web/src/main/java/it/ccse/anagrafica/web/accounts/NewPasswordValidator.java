package it.ccse.anagrafica.web.accounts;

import it.ccse.anagrafica.accounts.domain.PasswordPolicy;
import it.ccse.anagrafica.web.shared.ValueObjectValidator;
import jakarta.enterprise.context.Dependent;
import jakarta.faces.validator.FacesValidator;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

/** The password policy's verdict next to the field, before anything is submitted. */
@FacesValidator(value = "newPasswordValidator", managed = true)
@Dependent
public class NewPasswordValidator extends ValueObjectValidator {

  @Inject private SecurityContext securityContext;

  @Override
  protected void parse(String value) {
    var principal = securityContext.getCallerPrincipal();
    PasswordPolicy.check(value.toCharArray(), principal == null ? "" : principal.getName());
  }
}
