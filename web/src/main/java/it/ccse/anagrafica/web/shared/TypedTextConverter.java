package it.ccse.anagrafica.web.shared;

import it.ccse.anagrafica.shared.domain.PrintableText;
import jakarta.enterprise.context.Dependent;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;

/**
 * Every text field of every page: control characters other than tab and line breaks ({@link
 * PrintableText#hasControlCharacters}) are refused on the field. Nobody types them and no document
 * prints them, and PostgreSQL refuses NUL outright: a crafted form turned each lookup and filter
 * into an HTTP 500 (issue 15, security fuzz).
 */
@FacesConverter(forClass = String.class, managed = true)
@Dependent
public class TypedTextConverter implements Converter<Object> {

  @Inject private Messages messages;

  @Override
  public String getAsObject(FacesContext context, UIComponent component, String value) {
    if (value != null && PrintableText.hasControlCharacters(value)) {
      String text = messages.text("input.controlCharacters");
      throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
    return value;
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, Object value) {
    // Also asked for the options of a text-valued menu, which may be enum constants.
    return value == null ? "" : value.toString();
  }
}
