package it.ccse.anagrafica.web.file.editors;

import it.ccse.anagrafica.file.application.FileViews.DelegateView;
import it.ccse.anagrafica.file.domain.changes.recipes.NewLocalUnit;
import it.ccse.anagrafica.web.file.ModificationArea;
import it.ccse.anagrafica.web.file.ModificationArea.Editor;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.stream.Collectors;

/** MD-12 "AGGIUNGI UNITÀ LOCALE": unit, category, device and delegate in one go. */
@Named
@ViewScoped
public class NewUnitEditor implements SectionEditor, Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ModificationArea area;

  private UnitForm unitForm;
  private AddressForm addressForm;
  private CategoryForm categoryForm;
  private PersonForm personForm;
  private ContactsForm contactsForm;

  /** The codice fiscale of a delegate already in the file, chosen instead of typing one. */
  private String existingDelegate;

  public NewUnitEditor() {
    clear();
  }

  public void open() {
    area.open(Editor.NEW_UNIT, null);
    clear();
  }

  private void clear() {
    unitForm = new UnitForm();
    addressForm = new AddressForm();
    categoryForm = new CategoryForm();
    personForm = new PersonForm();
    contactsForm = new ContactsForm();
    existingDelegate = null;
  }

  @Override
  public boolean opens(Editor editor) {
    return editor == Editor.NEW_UNIT;
  }

  @Override
  public void save() {
    var u = unitForm;
    var a = addressForm;
    area.change(
        new NewLocalUnit(
            new NewLocalUnit.Unit(
                u.getName(),
                a.getStreet(),
                a.getStreetNumber(),
                a.getCap(),
                a.getRegionCode(),
                a.getProvinceSigla(),
                a.getComuneIstatCode(),
                u.getEmployees(),
                u.getTradeAssociation()),
            categoryForm.getCategoryType(),
            categoryForm.details(),
            existingDelegate,
            personForm.person(),
            contactsForm.contacts()));
  }

  /** MD-12 "delegati esistenti o nuovi": each person delegate on any site of the file, once. */
  public Collection<DelegateView> getCompanyDelegates() {
    return area.getFile().sites().stream()
        .flatMap(s -> s.delegates().stream())
        .collect(
            Collectors.toMap(
                DelegateView::codiceFiscale, d -> d, (first, same) -> first, LinkedHashMap::new))
        .values();
  }

  public UnitForm getUnitForm() {
    return unitForm;
  }

  public AddressForm getAddressForm() {
    return addressForm;
  }

  public CategoryForm getCategoryForm() {
    return categoryForm;
  }

  public PersonForm getPersonForm() {
    return personForm;
  }

  public ContactsForm getContactsForm() {
    return contactsForm;
  }

  public String getExistingDelegate() {
    return existingDelegate;
  }

  public void setExistingDelegate(String existingDelegate) {
    this.existingDelegate = existingDelegate;
  }
}
