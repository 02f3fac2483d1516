package it.ccse.anagrafica.web.accounts;

import it.ccse.anagrafica.accounts.domain.PasswordPolicy;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import it.ccse.anagrafica.web.shared.Messages;
import jakarta.enterprise.context.Dependent;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

/**
 * Shows the password policy's verdict next to the field, before anything is submitted. A CDI bean
 * ({@code @Dependent}) so that its injection points are served.
 */
@FacesValidator(value = "newPasswordValidator", managed = true)
@Dependent
public class NewPasswordValidator implements Validator<String> {

  @Inject private Messages messages;
  @Inject private SecurityContext securityContext;

  @Override
  public void validate(FacesContext context, UIComponent component, String value) {
    if (value == null) {
      return;
    }
    var principal = securityContext.getCallerPrincipal();
    try {
      PasswordPolicy.check(value.toCharArray(), principal == null ? "" : principal.getName());
    } catch (InvalidValueException e) {
      String text = messages.text(e);
      throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
  }
}
