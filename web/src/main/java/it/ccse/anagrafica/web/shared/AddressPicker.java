package it.ccse.anagrafica.web.shared;

import it.ccse.anagrafica.shared.application.ReferenceData;
import jakarta.ejb.EJB;
import jakarta.el.BeanELResolver;
import jakarta.el.ELContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;

/**
 * The {@code <a:addressPicker>} tag's lists and cascade (CD-1, MD-4, MD-12): region → province →
 * comune, then the CAP suggested. The address it works on is the page's own ({@code data}: any bean
 * with regionCode, provinceSigla, comuneIstatCode and cap), so nothing is copied to or from it.
 */
@Named
@ApplicationScoped
public class AddressPicker {

  private static final BeanELResolver BEANS = new BeanELResolver();

  @EJB private ReferenceData reference;

  public List<ReferenceData.Option> getRegions() {
    return reference.regions();
  }

  public List<ReferenceData.Option> provincesOf(String regionCode) {
    return reference.provincesOf(regionCode);
  }

  public List<ReferenceData.Option> comuniOf(String provinceSigla) {
    return reference.comuniOf(provinceSigla);
  }

  /** A new region clears what depended on the old one. */
  public void regionChanged(Object address) {
    set(address, "provinceSigla", null);
    set(address, "comuneIstatCode", null);
  }

  public void provinceChanged(Object address) {
    set(address, "comuneIstatCode", null);
  }

  /** The CAP follows the comune: the comune's is proposed when none or another's was typed. */
  public void comuneChanged(Object address) {
    String comune = (String) get(address, "comuneIstatCode");
    set(address, "cap", reference.proposedCap(comune, (String) get(address, "cap")));
  }

  private static Object get(Object address, String property) {
    return BEANS.getValue(context(), address, property);
  }

  private static void set(Object address, String property, String value) {
    BEANS.setValue(context(), address, property, value);
  }

  private static ELContext context() {
    return FacesContext.getCurrentInstance().getELContext();
  }
}
