package it.ccse.anagrafica.web.accounts;

import it.ccse.anagrafica.accounts.domain.PasswordPolicy;
import it.ccse.anagrafica.web.shared.ValueObjectValidator;
import jakarta.enterprise.context.Dependent;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

/**
 * The password policy's verdict next to the field, before anything is submitted. The username it
 * must not contain is the field's attribute {@code holder} on the link pages, whose account is the
 * link's and not whoever may be signed in (issue 15, 13b); else the signed-in user's.
 */
@FacesValidator(value = "newPasswordValidator", managed = true)
@Dependent
public class NewPasswordValidator extends ValueObjectValidator {

  @Inject private SecurityContext securityContext;

  @Override
  protected void parse(String value) {
    PasswordPolicy.check(value.toCharArray(), holder());
  }

  private String holder() {
    // The field being validated is the current component while validators run.
    UIComponent field = UIComponent.getCurrentComponent(FacesContext.getCurrentInstance());
    Object holder = field == null ? null : field.getAttributes().get("holder");
    if (holder != null) {
      return holder.toString();
    }
    var principal = securityContext.getCallerPrincipal();
    return principal == null ? "" : principal.getName();
  }
}
