package it.ccse.anagrafica.registry.domain.changes;

import it.ccse.anagrafica.registry.domain.CategoryDetails;
import it.ccse.anagrafica.registry.domain.CategoryType;
import it.ccse.anagrafica.registry.domain.Company;
import it.ccse.anagrafica.registry.domain.CompanyFile;
import it.ccse.anagrafica.registry.domain.Contacts;
import it.ccse.anagrafica.registry.domain.EditScope;
import it.ccse.anagrafica.registry.domain.Site;
import it.ccse.anagrafica.registry.domain.obligations.EmployeeThreshold;
import it.ccse.anagrafica.registry.domain.register.MisalignmentStatus;
import it.ccse.anagrafica.registry.domain.register.RegisterField;
import it.ccse.anagrafica.shared.domain.Address;
import it.ccse.anagrafica.shared.domain.BirthplaceRegistry;
import it.ccse.anagrafica.shared.domain.FreeText;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import it.ccse.anagrafica.shared.domain.PlaceNames;
import it.ccse.anagrafica.shared.domain.Territory;
import jakarta.json.bind.annotation.JsonbSubtype;
import jakarta.json.bind.annotation.JsonbTypeInfo;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A pending change to a company file (MD-3..MD-8, MD-12, MD-13). Operations refer to items by their
 * public ids, so one may act on an item an earlier operation of the same set created. Each one says
 * which site it touches (for the edit scope), describes itself against the file as it is before it
 * runs, applies itself through the domain's rules, and names what it costs.
 */
@JsonbTypeInfo(
    key = "@op",
    value = {
      @JsonbSubtype(alias = "companyData", type = Operation.UpdateCompanyData.class),
      @JsonbSubtype(alias = "relocateOffice", type = Operation.RelocateOffice.class),
      @JsonbSubtype(alias = "describeLocalUnit", type = Operation.DescribeLocalUnit.class),
      @JsonbSubtype(alias = "addCategory", type = Operation.AddCategory.class),
      @JsonbSubtype(alias = "modifyCategory", type = Operation.ModifyCategory.class),
      @JsonbSubtype(alias = "deleteCategory", type = Operation.DeleteCategory.class),
      @JsonbSubtype(alias = "addDelegate", type = Operation.AddDelegate.class),
      @JsonbSubtype(alias = "deleteDelegate", type = Operation.DeleteDelegate.class),
      @JsonbSubtype(alias = "associateCategory", type = Operation.AssociateCategory.class),
      @JsonbSubtype(alias = "removeCategory", type = Operation.RemoveCategory.class),
      @JsonbSubtype(alias = "associateDelegate", type = Operation.AssociateDelegate.class),
      @JsonbSubtype(alias = "removeDelegate", type = Operation.RemoveDelegate.class),
      @JsonbSubtype(alias = "updateContacts", type = Operation.UpdateContacts.class),
      @JsonbSubtype(alias = "requestDevice", type = Operation.RequestDevice.class),
      @JsonbSubtype(alias = "addLocalUnit", type = Operation.AddLocalUnit.class),
      @JsonbSubtype(alias = "declareEmployees", type = Operation.DeclareEmployees.class),
      @JsonbSubtype(alias = "joinVoluntarily", type = Operation.JoinVoluntarily.class),
      @JsonbSubtype(alias = "declareNewProducer", type = Operation.DeclareNewProducer.class),
      @JsonbSubtype(alias = "reaffirmEmployees", type = Operation.ReaffirmEmployees.class),
      @JsonbSubtype(alias = "alignWithRegister", type = Operation.AlignWithRegister.class),
      @JsonbSubtype(alias = "certifyDeclared", type = Operation.CertifyDeclared.class)
    })
public sealed interface Operation extends Serializable {

  /** The site changed; empty for company-level operations (MD-3, MD-12). */
  Optional<Site> site(CompanyFile file);

  /** The summary line, against the file as it is before this operation; places by name. */
  ChangeLine describe(CompanyFile file, PlaceNames places);

  /** Refuses an operation outside what the user may change (VW-1, MD-1). */
  default void requireWithin(EditScope scope, CompanyFile file) {
    scope.require(site(file));
  }

  void applyTo(CompanyFile file);

  default List<PriceCode> costs() {
    return List.of();
  }

  /** The operation as typed, checked and in normal form; names the field of a wrong value. */
  default Operation checked(Territory territory, BirthplaceRegistry birthplaces) {
    return this;
  }

  private static String siteName(Optional<Site> site) {
    return site.map(Site::getName).orElse("Dati azienda");
  }

  /** An address as people read it, the comune by name (MD-4, MD-12). */
  private static String address(
      PlaceNames places,
      String street,
      String streetNumber,
      String cap,
      String comuneIstatCode,
      String provinceSigla) {
    return Address.line(
        street,
        streetNumber,
        cap,
        places.comuneName(comuneIstatCode).orElse(comuneIstatCode),
        provinceSigla);
  }

  private static String join(String... parts) {
    return String.join(
        " ", Stream.of(parts).filter(Objects::nonNull).filter(p -> !p.isBlank()).toList());
  }

  /** The details of a category as typed: only simple values, so a set survives as JSON. */
  record Details(
      Boolean hazardous,
      Boolean nonHazardous,
      Boolean urban,
      Integer employees,
      Integer tonnesPerYear,
      Integer inhabitants,
      String description,
      Boolean organisedCircuit)
      implements Serializable {

    public static Details of(CategoryDetails d) {
      return new Details(
          d.getHazardous(),
          d.getNonHazardous(),
          d.getUrban(),
          d.getEmployees(),
          d.getTonnesPerYear(),
          d.getInhabitants(),
          d.getDescription(),
          d.getOrganisedCircuit());
    }

    /** The details in normal form: the description is their only free text. */
    Details checked() {
      return new Details(
          hazardous,
          nonHazardous,
          urban,
          employees,
          tonnesPerYear,
          inhabitants,
          Inputs.optionalText("description", description, FreeText.CATEGORY_DESCRIPTION),
          organisedCircuit);
    }

    public CategoryDetails toDomain() {
      return new CategoryDetails(
          hazardous,
          nonHazardous,
          urban,
          employees,
          tonnesPerYear,
          inhabitants,
          description,
          organisedCircuit);
    }
  }

  /** An operation on one device: its site is the device's (VW-1 scope). */
  sealed interface OnDevice extends Operation {

    String device();

    @Override
    default Optional<Site> site(CompanyFile file) {
      return Optional.of(file.device(device()).getSite());
    }

    /** A summary line on this device. */
    default ChangeLine line(CompanyFile file, String action, String before, String after) {
      var d = file.device(device());
      return new ChangeLine(d.getSite().getName(), action, d.label(), before, after);
    }
  }

  /** An operation on one site, named by its public id. */
  sealed interface OnSite extends Operation {

    String site();

    @Override
    default Optional<Site> site(CompanyFile file) {
      return Optional.of(file.site(site()));
    }
  }

  /** An operation on one category: its site is the category's. */
  sealed interface OnCategory extends Operation {

    String category();

    @Override
    default Optional<Site> site(CompanyFile file) {
      return Optional.of(file.category(category()).getSite());
    }
  }

  /**
   * A declaration about the whole company that any of its users may make (TH-1, guide §9.1): no
   * site, and the scope asks only for a user of the company.
   */
  sealed interface CompanyDeclaration extends Operation {

    @Override
    default Optional<Site> site(CompanyFile file) {
      return Optional.empty();
    }

    @Override
    default void requireWithin(EditScope scope, CompanyFile file) {
      scope.requireCompanyUser();
    }

    /** A summary line about the company's employee class. */
    default ChangeLine line(CompanyFile file, String action, String before, String after) {
      return new ChangeLine(
          siteName(Optional.empty()), action, file.getCompany().getRagioneSociale(), before, after);
    }
  }

  /** MD-3. */
  record UpdateCompanyData(
      String ragioneSociale,
      String legalRepName,
      String legalRepSurname,
      String legalRepCodiceFiscale,
      String contactName,
      String contactSurname,
      String contactPhone,
      String contactFax,
      String contactEmail)
      implements Operation {

    public static UpdateCompanyData of(Company c) {
      return new UpdateCompanyData(
          c.getRagioneSociale(),
          c.getLegalRepName(),
          c.getLegalRepSurname(),
          c.getLegalRepCodiceFiscale(),
          c.getContactName(),
          c.getContactSurname(),
          c.getContactPhone(),
          c.getContactFax(),
          c.getContactEmail());
    }

    @Override
    public Optional<Site> site(CompanyFile file) {
      return Optional.empty();
    }

    @Override
    public ChangeLine describe(CompanyFile file, PlaceNames places) {
      return new ChangeLine(
          siteName(Optional.empty()),
          "change.companyData",
          file.getCompany().getRagioneSociale(),
          text(of(file.getCompany())),
          text(this));
    }

    @Override
    public Operation checked(Territory territory, BirthplaceRegistry birthplaces) {
      return new UpdateCompanyData(
          Inputs.text("ragioneSociale", ragioneSociale, FreeText.COMPANY_NAME),
          Inputs.text("legalRepName", legalRepName, FreeText.PERSON_NAME),
          Inputs.text("legalRepSurname", legalRepSurname, FreeText.PERSON_NAME),
          Inputs.personalCodiceFiscale("legalRepCodiceFiscale", legalRepCodiceFiscale, birthplaces),
          Inputs.optionalText("contactName", contactName, FreeText.PERSON_NAME),
          Inputs.optionalText("contactSurname", contactSurname, FreeText.PERSON_NAME),
          Inputs.optionalPhone("contactPhone", contactPhone),
          Inputs.optionalPhone("contactFax", contactFax),
          Inputs.optionalEmail("contactEmail", contactEmail));
    }

    private static String text(UpdateCompanyData d) {
      return join(
          d.ragioneSociale,
          "- leg. rapp.",
          d.legalRepName,
          d.legalRepSurname,
          d.legalRepCodiceFiscale,
          "- referente",
          d.contactName,
          d.contactSurname,
          d.contactPhone,
          d.contactFax,
          d.contactEmail);
    }

    @Override
    public void applyTo(CompanyFile file) {
      file.getCompany()
          .updateIdentity(
              ragioneSociale,
              legalRepName,
              legalRepSurname,
              legalRepCodiceFiscale,
              contactName,
              contactSurname,
              contactPhone,
              contactFax,
              contactEmail);
    }
  }

  /** MD-4: the registered office's address, already checked against the ISTAT data. */
  record RelocateOffice(
      String street,
      String streetNumber,
      String cap,
      String regionCode,
      String provinceSigla,
      String comuneIstatCode)
      implements Operation {

    @Override
    public Optional<Site> site(CompanyFile file) {
      return Optional.of(file.registeredOffice());
    }

    @Override
    public ChangeLine describe(CompanyFile file, PlaceNames places) {
      Site office = file.registeredOffice();
      return new ChangeLine(
          office.getName(),
          "change.relocateOffice",
          office.getName(),
          address(
              places,
              office.getStreet(),
              office.getStreetNumber(),
              office.getCap(),
              office.getComuneIstatCode(),
              office.getProvinceSigla()),
          address(places, street, streetNumber, cap, comuneIstatCode, provinceSigla));
    }

    @Override
    public void applyTo(CompanyFile file) {
      file.registeredOffice()
          .relocate(street, streetNumber, cap, regionCode, provinceSigla, comuneIstatCode);
    }

    @Override
    public Operation checked(Territory territory, BirthplaceRegistry birthplaces) {
      var address =
          Inputs.address(
              street, streetNumber, cap, regionCode, provinceSigla, comuneIstatCode, territory);
      return new RelocateOffice(
          address.street(),
          address.streetNumber(),
          address.cap().value(),
          address.regionCode(),
          address.provinceCode(),
          address.comuneIstatCode());
    }
  }

  /** MD-8: name and employees (ULA) of a site. */
  record DescribeLocalUnit(String site, String name, Integer employees) implements OnSite {

    @Override
    public ChangeLine describe(CompanyFile file, PlaceNames places) {
      Site s = file.site(site);
      return new ChangeLine(
          s.getName(),
          "change.describeLocalUnit",
          s.getName(),
          s.getName() + ", ULA " + s.getEmployees(),
          name + ", ULA " + employees);
    }

    @Override
    public void applyTo(CompanyFile file) {
      file.site(site).describe(name, employees);
    }

    @Override
    public Operation checked(Territory territory, BirthplaceRegistry birthplaces) {
      return new DescribeLocalUnit(site, Inputs.text("name", name, FreeText.SITE_NAME), employees);
    }
  }

  /** MD-5: a new category, to be associated to a device in the same set (MD-2). */
  record AddCategory(String site, String id, CategoryType type, Details details) implements OnSite {

    @Override
    public ChangeLine describe(CompanyFile file, PlaceNames places) {
      return new ChangeLine(
          file.site(site).getName(),
          "change.addCategory",
          type.code(),
          "",
          details.toDomain().summary());
    }

    @Override
    public void applyTo(CompanyFile file) {
      file.site(site).addCategory(id, type, details.toDomain());
    }

    @Override
    public Operation checked(Territory territory, BirthplaceRegistry birthplaces) {
      if (type == null) {
        throw new InvalidFieldException("categoryType", "validation.required");
      }
      return new AddCategory(site, id, type, details.checked());
    }
  }

  /** MD-5: new details; every device carrying the category sees them. */
  record ModifyCategory(String category, Details details) implements OnCategory {

    @Override
    public ChangeLine describe(CompanyFile file, PlaceNames places) {
      var c = file.category(category);
      return new ChangeLine(
          c.getSite().getName(),
          "change.modifyCategory",
          c.label(),
          c.getDetails().summary(),
          details.toDomain().summary());
    }

    @Override
    public void applyTo(CompanyFile file) {
      var c = file.category(category);
      c.getSite().modify(c, details.toDomain());
    }

    @Override
    public Operation checked(Territory territory, BirthplaceRegistry birthplaces) {
      return new ModifyCategory(category, details.checked());
    }
  }

  /** MD-5. */
  record DeleteCategory(String category) implements OnCategory {

    @Override
    public ChangeLine describe(CompanyFile file, PlaceNames places) {
      var c = file.category(category);
      return new ChangeLine(
          c.getSite().getName(), "change.deleteCategory", c.label(), c.getDetails().summary(), "");
    }

    @Override
    public void applyTo(CompanyFile file) {
      var c = file.category(category);
      c.getSite().delete(c);
    }
  }

  /** MD-6, MD-13: a new delegate, to be associated to a device in the same set. */
  record AddDelegate(String site, String id, String name, String surname, String codiceFiscale)
      implements OnSite {

    @Override
    public ChangeLine describe(CompanyFile file, PlaceNames places) {
      return new ChangeLine(
          file.site(site).getName(), "change.addDelegate", name + " " + surname, "", codiceFiscale);
    }

    @Override
    public void applyTo(CompanyFile file) {
      file.site(site).addDelegate(id, name, surname, codiceFiscale);
    }

    @Override
    public Operation checked(Territory territory, BirthplaceRegistry birthplaces) {
      return new AddDelegate(
          site,
          id,
          Inputs.text("delegateName", name, FreeText.PERSON_NAME),
          Inputs.text("delegateSurname", surname, FreeText.PERSON_NAME),
          Inputs.personalCodiceFiscale("codiceFiscale", codiceFiscale, birthplaces));
    }
  }

  /** MD-6. */
  record DeleteDelegate(String delegate) implements Operation {

    @Override
    public Optional<Site> site(CompanyFile file) {
      return Optional.of(file.delegate(delegate).getSite());
    }

    @Override
    public ChangeLine describe(CompanyFile file, PlaceNames places) {
      var d = file.delegate(delegate);
      return new ChangeLine(
          d.getSite().getName(), "change.deleteDelegate", d.fullName(), d.getCodiceFiscale(), "");
    }

    @Override
    public void applyTo(CompanyFile file) {
      var d = file.delegate(delegate);
      d.getSite().delete(d);
    }
  }

  /** MD-7 "ASSOCIA CATEGORIA". */
  record AssociateCategory(String device, String category) implements OnDevice {

    @Override
    public ChangeLine describe(CompanyFile file, PlaceNames places) {
      return line(file, "change.associateCategory", "", file.category(category).label());
    }

    @Override
    public void applyTo(CompanyFile file) {
      file.device(device).associate(file.category(category));
    }
  }

  /** MD-7 "RIMUOVI" a category from a device. */
  record RemoveCategory(String device, String category) implements OnDevice {

    @Override
    public ChangeLine describe(CompanyFile file, PlaceNames places) {
      return line(file, "change.removeCategory", file.category(category).label(), "");
    }

    @Override
    public void applyTo(CompanyFile file) {
      file.device(device).dissociate(file.category(category));
    }
  }

  /** MD-7 "ASSOCIA DELEGATO" with the contacts for this device. */
  record AssociateDelegate(String device, String delegate, String phone, String fax, String email)
      implements OnDevice {

    @Override
    public ChangeLine describe(CompanyFile file, PlaceNames places) {
      return line(
          file,
          "change.associateDelegate",
          "",
          file.delegate(delegate).fullName() + " - " + new Contacts(phone, fax, email).summary());
    }

    @Override
    public void applyTo(CompanyFile file) {
      file.device(device).associate(file.delegate(delegate), new Contacts(phone, fax, email));
    }

    @Override
    public Operation checked(Territory territory, BirthplaceRegistry birthplaces) {
      var contacts = new Contacts(phone, fax, email);
      return new AssociateDelegate(
          device, delegate, contacts.getPhone(), contacts.getFax(), contacts.getEmail());
    }
  }

  /** MD-7 "RIMUOVI" a delegate from a device. */
  record RemoveDelegate(String device, String delegate) implements OnDevice {

    @Override
    public ChangeLine describe(CompanyFile file, PlaceNames places) {
      return line(file, "change.removeDelegate", file.delegate(delegate).fullName(), "");
    }

    @Override
    public void applyTo(CompanyFile file) {
      file.device(device).dissociate(file.delegate(delegate));
    }
  }

  /** MD-7 contacts "MODIFICA": the only editable data of a device. */
  record UpdateContacts(String device, String delegate, String phone, String fax, String email)
      implements OnDevice {

    @Override
    public ChangeLine describe(CompanyFile file, PlaceNames places) {
      var d = file.device(device);
      var person = file.delegate(delegate);
      return new ChangeLine(
          d.getSite().getName(),
          "change.updateContacts",
          d.label() + " - " + person.fullName(),
          d.association(person).map(a -> a.getContacts().summary()).orElse(""),
          new Contacts(phone, fax, email).summary());
    }

    @Override
    public void applyTo(CompanyFile file) {
      file.device(device).updateContacts(file.delegate(delegate), new Contacts(phone, fax, email));
    }

    @Override
    public Operation checked(Territory territory, BirthplaceRegistry birthplaces) {
      var contacts = new Contacts(phone, fax, email);
      return new UpdateContacts(
          device, delegate, contacts.getPhone(), contacts.getFax(), contacts.getEmail());
    }
  }

  /** MD-7 "AGGIUNGI DISPOSITIVO": a new device is requested; it has a cost. */
  record RequestDevice(String site, String id) implements OnSite {

    @Override
    public ChangeLine describe(CompanyFile file, PlaceNames places) {
      return new ChangeLine(
          file.site(site).getName(), "change.requestDevice", "", "", "nuovo dispositivo");
    }

    @Override
    public void applyTo(CompanyFile file) {
      file.site(site).requestDevice(id);
    }

    @Override
    public List<PriceCode> costs() {
      return List.of(PriceCode.NEW_DEVICE);
    }
  }

  /** MD-12 "AGGIUNGI UNITÀ LOCALE": address already checked against the ISTAT data. */
  record AddLocalUnit(
      String id,
      String name,
      String street,
      String streetNumber,
      String cap,
      String regionCode,
      String provinceSigla,
      String comuneIstatCode,
      Integer employees,
      String tradeAssociation)
      implements Operation {

    @Override
    public Optional<Site> site(CompanyFile file) {
      return Optional.empty();
    }

    @Override
    public ChangeLine describe(CompanyFile file, PlaceNames places) {
      return new ChangeLine(
          name,
          "change.addLocalUnit",
          name,
          "",
          address(places, street, streetNumber, cap, comuneIstatCode, provinceSigla)
              + " - ULA "
              + employees);
    }

    @Override
    public void applyTo(CompanyFile file) {
      var unit = file.getCompany().addLocalUnit(id, name);
      unit.locate(street, streetNumber, cap, regionCode, provinceSigla, comuneIstatCode);
      unit.describe(name, employees);
      unit.delegateDocumentsTo(tradeAssociation);
    }

    @Override
    public List<PriceCode> costs() {
      return List.of(PriceCode.ADDITIONAL_LOCAL_UNIT);
    }

    @Override
    public Operation checked(Territory territory, BirthplaceRegistry birthplaces) {
      String normalName = Inputs.text("name", name, FreeText.SITE_NAME);
      var address =
          Inputs.address(
              street, streetNumber, cap, regionCode, provinceSigla, comuneIstatCode, territory);
      return new AddLocalUnit(
          id,
          normalName,
          address.street(),
          address.streetNumber(),
          address.cap().value(),
          address.regionCode(),
          address.provinceCode(),
          address.comuneIstatCode(),
          employees,
          Inputs.optionalText("tradeAssociation", tradeAssociation, FreeText.TRADE_ASSOCIATION));
    }
  }

  /** TH-1, TH-2: the company's employee class ("minore/uguale a 10", "maggiore di 10"). */
  record DeclareEmployees(EmployeeThreshold threshold) implements CompanyDeclaration {

    @Override
    public ChangeLine describe(CompanyFile file, PlaceNames places) {
      return line(
          file,
          "change.declareEmployees",
          file.getCompany().employeeThreshold().map(Enum::name).orElse(""),
          threshold.name());
    }

    @Override
    public void applyTo(CompanyFile file) {
      file.getCompany().declareEmployees(threshold);
    }
  }

  /**
   * TH-2: the declaration "non più di 10 dipendenti" made again at signing when the class goes
   * down; it needs that class already chosen in the set, so that choice cannot be undone alone.
   */
  record ReaffirmEmployees() implements CompanyDeclaration {

    @Override
    public ChangeLine describe(CompanyFile file, PlaceNames places) {
      return line(file, "change.reaffirmEmployees", "", EmployeeThreshold.UP_TO_TEN.name());
    }

    @Override
    public void applyTo(CompanyFile file) {
      if (!file.getCompany().employeeThreshold().equals(Optional.of(EmployeeThreshold.UP_TO_TEN))) {
        throw new InvalidValueException("changeSet.nothingToReaffirm");
      }
    }
  }

  /** VO-1 "Volontario": a category that is not mandatory is kept by choice. */
  record JoinVoluntarily(String category) implements OnCategory {

    @Override
    public ChangeLine describe(CompanyFile file, PlaceNames places) {
      var c = file.category(category);
      return new ChangeLine(c.getSite().getName(), "change.joinVoluntarily", c.label(), "", "");
    }

    @Override
    public void applyTo(CompanyFile file) {
      file.category(category).joinVoluntarily();
    }
  }

  /** NP-1 "nuovo produttore?" SI/NO for a local unit with production and management. */
  record DeclareNewProducer(String site, boolean newProducer) implements OnSite {

    @Override
    public ChangeLine describe(CompanyFile file, PlaceNames places) {
      var s = file.site(site);
      return new ChangeLine(
          s.getName(), "change.declareNewProducer", s.getName(), "", newProducer ? "SI" : "NO");
    }

    @Override
    public void applyTo(CompanyFile file) {
      file.site(site).declareNewProducer(newProducer);
    }
  }

  /**
   * BR-1: the operator's answer to a difference from the Business Register. The registered office's
   * fields are the office's (its delegates' scope); the others are company data. The misalignment
   * itself is closed by the signing service with {@link #answer()}.
   */
  sealed interface SettlesMisalignment extends Operation {

    long misalignment();

    RegisterField field();

    String declaredValue();

    /** The register's value the operator saw: a different one at signing is refused. */
    String registerValue();

    MisalignmentStatus answer();

    @Override
    default Optional<Site> site(CompanyFile file) {
      return field().siteIn(file);
    }

    /**
     * A value the file lacks (a PEC never declared) is an empty one in the summary; a comune is
     * named beside the ISTAT code the field's label announces.
     */
    default ChangeLine line(
        CompanyFile file, PlaceNames places, String action, String before, String after) {
      return new ChangeLine(
          siteName(site(file)),
          action,
          field().label(),
          shown(before, places),
          shown(after, places));
    }

    private String shown(String value, PlaceNames places) {
      if (value == null) {
        return "";
      }
      return field() == RegisterField.COMUNE
          ? places.comuneName(value).map(name -> name + " (" + value + ")").orElse(value)
          : value;
    }
  }

  /** BR-1 "ALLINEA": the register's value replaces the declared one. */
  record AlignWithRegister(
      long misalignment,
      RegisterField field,
      String declaredValue,
      String registerValue,
      String provinceSigla,
      String regionCode)
      implements SettlesMisalignment {

    @Override
    public MisalignmentStatus answer() {
      return MisalignmentStatus.ALIGNED;
    }

    @Override
    public ChangeLine describe(CompanyFile file, PlaceNames places) {
      return line(file, places, "change.alignWithRegister", declaredValue, registerValue);
    }

    @Override
    public void applyTo(CompanyFile file) {
      field.align(file, registerValue, provinceSigla, regionCode);
    }

    /** A new comune brings its province and region from the ISTAT data. */
    @Override
    public Operation checked(Territory territory, BirthplaceRegistry birthplaces) {
      if (field != RegisterField.COMUNE) {
        return this;
      }
      String province =
          territory
              .provinceOfComune(registerValue)
              .orElseThrow(() -> new InvalidValueException("validation.address.comuneUnknown"));
      String region = territory.regionOfProvince(province).orElseThrow();
      return new AlignWithRegister(
          misalignment, field, declaredValue, registerValue, province, region);
    }
  }

  /** BR-1 "AUTOCERTIFICA": the declared value is confirmed against the register's. */
  record CertifyDeclared(
      long misalignment, RegisterField field, String declaredValue, String registerValue)
      implements SettlesMisalignment {

    @Override
    public MisalignmentStatus answer() {
      return MisalignmentStatus.CERTIFIED;
    }

    @Override
    public ChangeLine describe(CompanyFile file, PlaceNames places) {
      return line(file, places, "change.certifyDeclared", registerValue, declaredValue);
    }

    /** Certifies the value as the file still holds it: an earlier operation must not change it. */
    @Override
    public void applyTo(CompanyFile file) {
      if (!RegisterField.same(field.valueIn(file), declaredValue)) {
        throw new InvalidValueException("misalignment.declaredChanged", field.label());
      }
    }
  }
}
