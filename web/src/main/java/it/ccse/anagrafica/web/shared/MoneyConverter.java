package it.ccse.anagrafica.web.shared;

import it.ccse.anagrafica.shared.domain.InvalidValueException;
import it.ccse.anagrafica.shared.domain.Money;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * An amount as Italian pages print it, "1.234,50 €", whatever the page's language (amounts in euro
 * follow the Italian notation on CCSE's documents too); typed back, "1.234,50" or "1234.50".
 */
@FacesConverter(forClass = Money.class)
public class MoneyConverter implements Converter<Money> {

  private static final Locale ITALIAN = Locale.ITALY;

  @Override
  public String getAsString(FacesContext context, UIComponent component, Money value) {
    if (value == null) {
      return "";
    }
    var format = NumberFormat.getNumberInstance(ITALIAN);
    format.setMinimumFractionDigits(2);
    format.setMaximumFractionDigits(2);
    return format.format(value.amount()) + " €";
  }

  @Override
  public Money getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String plain = value.replace("€", "").strip();
    if (plain.contains(",")) {
      plain = plain.replace(".", "").replace(',', '.');
    }
    try {
      return Money.of(plain);
    } catch (InvalidValueException e) {
      throw new ConverterException(
          new FacesMessage(FacesMessage.SEVERITY_ERROR, e.messageKey(), e.messageKey()), e);
    }
  }
}
