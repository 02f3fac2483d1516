package it.ccse.anagrafica.web.shared;

import it.ccse.anagrafica.shared.domain.InvalidValueException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import jakarta.inject.Inject;

/**
 * Runs a value object's own factory on a field, as the user types and on submit, and shows its
 * verdict next to the field: the rule stays in the domain, the page only asks it.
 */
public abstract class ValueObjectValidator implements Validator<String> {

  @Inject private Messages messages;

  /** Calls the value object's factory, which throws {@link InvalidValueException}. */
  protected abstract void parse(String value);

  @Override
  public void validate(FacesContext context, UIComponent component, String value) {
    if (value == null) {
      return;
    }
    try {
      parse(value);
    } catch (InvalidValueException e) {
      String text = messages.text(e);
      throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
  }
}
