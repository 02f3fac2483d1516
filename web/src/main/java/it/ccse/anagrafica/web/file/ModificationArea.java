package it.ccse.anagrafica.web.file;

import it.ccse.anagrafica.categories.domain.CategoryType;
import it.ccse.anagrafica.categories.domain.obligations.EmployeeThreshold;
import it.ccse.anagrafica.file.application.CompanyFileChanges;
import it.ccse.anagrafica.file.application.FileViews.DelegateView;
import it.ccse.anagrafica.file.application.FileViews.FileView;
import it.ccse.anagrafica.file.application.FileViews.SiteView;
import it.ccse.anagrafica.file.domain.changes.AddCategory;
import it.ccse.anagrafica.file.domain.changes.AddDelegate;
import it.ccse.anagrafica.file.domain.changes.AddLocalUnit;
import it.ccse.anagrafica.file.domain.changes.AssociateCategory;
import it.ccse.anagrafica.file.domain.changes.AssociateDelegate;
import it.ccse.anagrafica.file.domain.changes.DeclareEmployees;
import it.ccse.anagrafica.file.domain.changes.DeleteCategory;
import it.ccse.anagrafica.file.domain.changes.DeleteDelegate;
import it.ccse.anagrafica.file.domain.changes.DescribeLocalUnit;
import it.ccse.anagrafica.file.domain.changes.ModifyCategory;
import it.ccse.anagrafica.file.domain.changes.Operation;
import it.ccse.anagrafica.file.domain.changes.RelocateOffice;
import it.ccse.anagrafica.file.domain.changes.RemoveCategory;
import it.ccse.anagrafica.file.domain.changes.RemoveDelegate;
import it.ccse.anagrafica.file.domain.changes.RequestDevice;
import it.ccse.anagrafica.file.domain.changes.UpdateCompanyData;
import it.ccse.anagrafica.file.domain.changes.UpdateContacts;
import it.ccse.anagrafica.web.accounts.CurrentUser;
import it.ccse.anagrafica.web.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * "ENTRA IN AREA MODIFICHE" (MD-1..MD-8, MD-12): the file with the pending changes applied, and one
 * editor at a time per section ("MODIFICA", "SALVA", "INDIETRO"). Every save adds operations to the
 * pending change set; nothing is applied before "Firma" in the "Riepilogo".
 */
@Named
@ViewScoped
public class ModificationArea implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Which section's editor is open. */
  public enum Editor {
    NONE,
    COMPANY,
    ADDRESS,
    UNIT,
    ADD_CATEGORY,
    MODIFY_CATEGORY,
    ADD_DELEGATE,
    DEVICE_CATEGORY,
    DEVICE_DELEGATE,
    CONTACTS,
    NEW_DEVICE,
    NEW_UNIT
  }

  /** The choice "a new device" where a device is asked for (MD-5, MD-12). */
  public static final String NEW_DEVICE = "NEW";

  @EJB private CompanyFileChanges changes;
  @Inject private CurrentUser user;
  @Inject private DeviceInUse deviceInUse;
  @Inject private Messages messages;

  private FileView file;
  private Editor editor = Editor.NONE;
  private String site;
  private EditorForm form = new EditorForm();

  /** f:viewAction. */
  public void load() {
    file = changes.pending(user.username(), deviceInUse.get());
  }

  private void open(Editor editor, String site) {
    this.editor = editor;
    this.site = site;
    this.form = new EditorForm();
  }

  /** "INDIETRO": the editor closes, nothing is added. */
  public void cancel() {
    editor = Editor.NONE;
  }

  /** "SALVA" of the open editor. */
  public void save() {
    switch (editor) {
      case COMPANY -> saveCompany();
      case ADDRESS -> saveAddress();
      case UNIT -> saveUnit();
      case ADD_CATEGORY -> saveNewCategory();
      case MODIFY_CATEGORY -> saveCategory();
      case ADD_DELEGATE -> saveNewDelegate();
      case DEVICE_CATEGORY -> saveDeviceCategory();
      case DEVICE_DELEGATE -> saveDeviceDelegate();
      case CONTACTS -> saveContacts();
      case NEW_DEVICE -> saveNewDevice();
      case NEW_UNIT -> saveNewUnit();
      case NONE -> cancel();
    }
  }

  private void save(Operation... operations) {
    changes.change(user.username(), deviceInUse.get(), operations);
    editor = Editor.NONE;
    load();
    messages.info(null, "area.saved");
  }

  public void editCompany() {
    open(Editor.COMPANY, null);
    form.setRagioneSociale(file.ragioneSociale());
    form.setLegalRepName(file.legalRepName());
    form.setLegalRepSurname(file.legalRepSurname());
    form.setLegalRepCodiceFiscale(file.legalRepCodiceFiscale());
    form.setContactName(file.contactName());
    form.setContactSurname(file.contactSurname());
    form.setContactPhone(file.contactPhone());
    form.setContactFax(file.contactFax());
    form.setContactEmail(file.contactEmail());
    form.setEmployeeThreshold(file.employeeThreshold());
  }

  /** TH-2: the employee class goes into the set only when it changes. */
  private void saveCompany() {
    List<Operation> operations = new ArrayList<>();
    operations.add(
        new UpdateCompanyData(
            form.getRagioneSociale(),
            form.getLegalRepName(),
            form.getLegalRepSurname(),
            form.getLegalRepCodiceFiscale(),
            form.getContactName(),
            form.getContactSurname(),
            form.getContactPhone(),
            form.getContactFax(),
            form.getContactEmail()));
    if (form.getEmployeeThreshold() != null
        && form.getEmployeeThreshold() != file.employeeThreshold()) {
      operations.add(new DeclareEmployees(form.getEmployeeThreshold()));
    }
    save(operations.toArray(Operation[]::new));
  }

  public void editAddress(SiteView office) {
    open(Editor.ADDRESS, office.publicId());
    form.setStreet(office.street());
    form.setStreetNumber(office.streetNumber());
    form.setCap(office.cap());
    form.setRegionCode(office.regionCode());
    form.setProvinceSigla(office.provinceSigla());
    form.setComuneIstatCode(office.comuneIstatCode());
  }

  private void saveAddress() {
    save(
        new RelocateOffice(
            form.getStreet(),
            form.getStreetNumber(),
            form.getCap(),
            form.getRegionCode(),
            form.getProvinceSigla(),
            form.getComuneIstatCode()));
  }

  public void editUnit(SiteView unit) {
    open(Editor.UNIT, unit.publicId());
    form.setName(unit.name());
    form.setEmployees(unit.employees());
  }

  private void saveUnit() {
    save(new DescribeLocalUnit(site, form.getName(), form.getEmployees()));
  }

  /** MD-5 with MD-2: a new category goes onto a device of the site, or a new one, at once. */
  public void addCategory(SiteView target) {
    open(Editor.ADD_CATEGORY, target.publicId());
  }

  private void saveNewCategory() {
    String category = newId();
    List<Operation> operations = new ArrayList<>();
    operations.add(new AddCategory(site, category, form.getCategoryType(), form.details()));
    operations.addAll(onDevice(form.getDevice(), category));
    save(operations.toArray(Operation[]::new));
  }

  private List<Operation> onDevice(String device, String category) {
    if (NEW_DEVICE.equals(device)) {
      String created = newId();
      return List.of(new RequestDevice(site, created), new AssociateCategory(created, category));
    }
    return List.of(new AssociateCategory(device, category));
  }

  public void modifyCategory(SiteView owner, String category) {
    open(Editor.MODIFY_CATEGORY, owner.publicId());
    form.setCategory(category);
    owner.categories().stream()
        .filter(c -> c.publicId().equals(category))
        .findFirst()
        .ifPresent(form::details);
  }

  private void saveCategory() {
    save(new ModifyCategory(form.getCategory(), form.details()));
  }

  public void deleteCategory(String category) {
    save(new DeleteCategory(category));
  }

  /** MD-6 with MD-2: a new delegate goes onto a device of the site with its contacts. */
  public void addDelegate(SiteView target) {
    open(Editor.ADD_DELEGATE, target.publicId());
  }

  private void saveNewDelegate() {
    String delegate = newId();
    save(
        new AddDelegate(
            site,
            delegate,
            form.getDelegateName(),
            form.getDelegateSurname(),
            form.getCodiceFiscale()),
        new AssociateDelegate(
            form.getDevice(), delegate, form.getPhone(), form.getFax(), form.getEmail()));
  }

  public void deleteDelegate(String delegate) {
    save(new DeleteDelegate(delegate));
  }

  /** MD-7 "ASSOCIA CATEGORIA". */
  public void associateCategory(SiteView owner, String device) {
    open(Editor.DEVICE_CATEGORY, owner.publicId());
    form.setDevice(device);
  }

  private void saveDeviceCategory() {
    save(new AssociateCategory(form.getDevice(), form.getCategory()));
  }

  /** MD-7 "ASSOCIA DELEGATO". */
  public void associateDelegate(SiteView owner, String device) {
    open(Editor.DEVICE_DELEGATE, owner.publicId());
    form.setDevice(device);
  }

  private void saveDeviceDelegate() {
    save(
        new AssociateDelegate(
            form.getDevice(), form.getDelegate(), form.getPhone(), form.getFax(), form.getEmail()));
  }

  /** MD-7 contacts "MODIFICA". */
  public void editContacts(SiteView owner, String device, String delegate) {
    open(Editor.CONTACTS, owner.publicId());
    form.setDevice(device);
    form.setDelegate(delegate);
    owner.devices().stream()
        .filter(d -> d.publicId().equals(device))
        .flatMap(d -> d.delegates().stream())
        .filter(d -> d.delegatePublicId().equals(delegate))
        .findFirst()
        .ifPresent(
            d -> {
              form.setPhone(d.phone());
              form.setFax(d.fax());
              form.setEmail(d.email());
            });
  }

  private void saveContacts() {
    save(
        new UpdateContacts(
            form.getDevice(), form.getDelegate(), form.getPhone(), form.getFax(), form.getEmail()));
  }

  /** MD-7 "RIMUOVI". */
  public void removeCategory(String device, String category) {
    save(new RemoveCategory(device, category));
  }

  public void removeDelegate(String device, String delegate) {
    save(new RemoveDelegate(device, delegate));
  }

  /** MD-7 "AGGIUNGI DISPOSITIVO": requested with the category it will carry. */
  public void newDevice(SiteView owner) {
    open(Editor.NEW_DEVICE, owner.publicId());
  }

  private void saveNewDevice() {
    save(onDevice(NEW_DEVICE, form.getCategory()).toArray(Operation[]::new));
  }

  /** MD-12 "AGGIUNGI UNITÀ LOCALE": unit, category, device and delegate in one go. */
  public void newUnit() {
    open(Editor.NEW_UNIT, null);
  }

  private void saveNewUnit() {
    String unit = newId();
    String category = newId();
    String device = newId();
    String delegate = newId();
    site = unit;
    save(
        new AddLocalUnit(
            unit,
            form.getName(),
            form.getStreet(),
            form.getStreetNumber(),
            form.getCap(),
            form.getRegionCode(),
            form.getProvinceSigla(),
            form.getComuneIstatCode(),
            form.getEmployees(),
            form.getTradeAssociation()),
        new AddCategory(unit, category, form.getCategoryType(), form.details()),
        new RequestDevice(unit, device),
        new AssociateCategory(device, category),
        unitDelegate(unit, delegate),
        new AssociateDelegate(device, delegate, form.getPhone(), form.getFax(), form.getEmail()));
  }

  /** MD-12: the new unit's delegate, a person already in the file or a new one as typed. */
  private Operation unitDelegate(String unit, String delegate) {
    return getCompanyDelegates().stream()
        .filter(d -> d.codiceFiscale().equals(form.getExistingDelegate()))
        .findFirst()
        .map(d -> new AddDelegate(unit, delegate, d.name(), d.surname(), d.codiceFiscale()))
        .orElseGet(
            () ->
                new AddDelegate(
                    unit,
                    delegate,
                    form.getDelegateName(),
                    form.getDelegateSurname(),
                    form.getCodiceFiscale()));
  }

  /** MD-12 "delegati esistenti o nuovi": each person delegate on any site of the file, once. */
  public Collection<DelegateView> getCompanyDelegates() {
    return file.sites().stream()
        .flatMap(s -> s.delegates().stream())
        .collect(
            Collectors.toMap(
                DelegateView::codiceFiscale, d -> d, (first, same) -> first, LinkedHashMap::new))
        .values();
  }

  private static String newId() {
    return UUID.randomUUID().toString();
  }

  /** The site the open editor works on. */
  public SiteView getSite() {
    return file.sites().stream().filter(s -> s.publicId().equals(site)).findFirst().orElse(null);
  }

  public EmployeeThreshold[] getThresholds() {
    return EmployeeThreshold.values();
  }

  public CategoryType[] getAddableTypes() {
    return CategoryType.addable();
  }

  public FileView getFile() {
    return file;
  }

  public Editor getEditor() {
    return editor;
  }

  public EditorForm getForm() {
    return form;
  }

  public String getNewDevice() {
    return NEW_DEVICE;
  }
}
