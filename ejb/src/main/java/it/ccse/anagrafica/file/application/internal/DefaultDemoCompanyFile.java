package it.ccse.anagrafica.file.application.internal;

import it.ccse.anagrafica.categories.domain.CategoryDetails;
import it.ccse.anagrafica.categories.domain.CategoryType;
import it.ccse.anagrafica.company.domain.BlackBoxState;
import it.ccse.anagrafica.company.domain.Category;
import it.ccse.anagrafica.company.domain.Company;
import it.ccse.anagrafica.company.domain.CompanyRepository;
import it.ccse.anagrafica.company.domain.Contacts;
import it.ccse.anagrafica.company.domain.Delegate;
import it.ccse.anagrafica.company.domain.Device;
import it.ccse.anagrafica.company.domain.Site;
import it.ccse.anagrafica.company.domain.Vehicle;
import it.ccse.anagrafica.file.application.DemoCompanyFile;
import it.ccse.anagrafica.file.domain.CompanyFileRepository;
import it.ccse.anagrafica.shared.domain.Address;
import it.ccse.anagrafica.shared.domain.ContactPerson;
import it.ccse.anagrafica.shared.domain.LegalRepresentative;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;

/**
 * VW-2..VW-5 demo (issue 4): the registered office with a transport category and vehicles, three
 * local units with production and management categories, six delegates (one of them on two sites,
 * so he chooses the device in use) and four devices.
 */
@Stateless
public class DefaultDemoCompanyFile implements DemoCompanyFile {

  @Inject private CompanyRepository companies;
  @Inject private CompanyFileRepository files;
  @EJB private FileOpener opener;

  @PersistenceContext(unitName = "anagrafica")
  private EntityManager em;

  @Override
  public void furnish(Long companyId) {
    var company = companies.get(companyId);
    company.legalRepresentative(LegalRepresentative.of("Mario", "Rossi", "RSSMRA85T10A562S"));
    company.updateContactPerson(
        ContactPerson.of(
            "Lucia", "Bianchi", "011 555 0100", "011 555 0199", "referente@demo.localhost"));
    Site office = company.registeredOffice().orElseThrow();
    Category transport =
        office.grantTransportCategory(
            id(),
            CategoryType.TRANSPORT_THIRD_PARTY,
            new CategoryDetails(true, true, null, null, 3000, null, null, null));
    Delegate luca = office.addDelegate(id(), "Luca", "Verdi", "VRDLCU80A01L219Y");
    device(office, "USB-100001", transport, luca, "luca.verdi@demo.localhost");

    Site north =
        unit(
            company,
            "Stabilimento Torino Nord",
            "Via Stradella",
            "120",
            "10147",
            "01",
            "TO",
            "001272",
            35);
    Category production =
        north.addCategory(
            id(),
            CategoryType.PRODUCTION,
            new CategoryDetails(true, false, null, 35, null, null, null, null));
    Category management =
        north.addCategory(
            id(),
            CategoryType.MANAGEMENT,
            new CategoryDetails(true, false, false, null, 4500, null, null, null));
    Delegate gianni = north.addDelegate(id(), "Gianni", "Bianchi", "BNCGNN75B12F205E");
    Delegate laura = north.addDelegate(id(), "Laura", "Rossi", "RSSLRA82C45L219I");
    Device northDevice =
        device(north, "USB-100002", production, gianni, "gianni.bianchi@demo.localhost");
    northDevice.associate(management);
    northDevice.associate(laura, new Contacts("011 555 0202", null, "laura.rossi@demo.localhost"));

    Site milan =
        unit(company, "Deposito Milano", "Via Ripamonti", "88", "20141", "03", "MI", "015146", 8);
    Category milanProduction =
        milan.addCategory(
            id(),
            CategoryType.PRODUCTION,
            new CategoryDetails(false, true, null, 8, null, null, null, null));
    Delegate marco = milan.addDelegate(id(), "Marco", "Neri", "NRIMRC79D20L219W");
    Device milanDevice =
        device(milan, "USB-100003", milanProduction, marco, "marco.neri@demo.localhost");
    Delegate gianniMilan = milan.addDelegate(id(), "Gianni", "Bianchi", "BNCGNN75B12F205E");
    milanDevice.associate(
        gianniMilan, new Contacts("02 555 0303", null, "gianni.bianchi@demo.localhost"));

    Site chivasso =
        unit(company, "Impianto Chivasso", "Via Torino", "5", "10034", "01", "TO", "001082", 12);
    Category recovery =
        chivasso.addCategory(
            id(),
            CategoryType.MANAGEMENT,
            new CategoryDetails(false, true, false, null, 800, null, null, null));
    Delegate sara = chivasso.addDelegate(id(), "Sara", "Galli", "GLLSRA85E55F205A");
    Delegate paolo = chivasso.addDelegate(id(), "Paolo", "Ferri", "FRRPLA90H10L219F");
    Device chivassoDevice =
        device(chivasso, "USB-100004", recovery, sara, "sara.galli@demo.localhost");
    chivassoDevice.associate(paolo, new Contacts("011 555 0404", "011 555 0405", null));

    em.flush();
    em.persist(
        new Vehicle("AB123CD", "Autocarro", transport, BlackBoxState.INSTALLED, "VB-200001"));
    em.persist(
        new Vehicle(
            "EF456GH", "Trattore stradale", transport, BlackBoxState.INSTALLED, "VB-200002"));
    em.persist(
        new Vehicle("IL789MN", "Autocarro con gru", transport, BlackBoxState.TO_INSTALL, null));
    files
        .ofCompany(company)
        .ifPresentOrElse(opener::assignRegistryCodes, () -> opener.newFile(company));
  }

  private static Site unit(
      Company company,
      String name,
      String street,
      String number,
      String cap,
      String region,
      String province,
      String comune,
      int employees) {
    Site unit = company.addLocalUnit(id(), name);
    unit.locate(Address.asRecorded(street, number, cap, region, province, comune));
    unit.describe(name, employees);
    return unit;
  }

  private static Device device(
      Site site, String serial, Category category, Delegate delegate, String email) {
    Device device = site.installedDevice(id(), serial);
    device.associate(category);
    device.associate(delegate, new Contacts("011 555 0000", null, email));
    return device;
  }

  private static String id() {
    return UUID.randomUUID().toString();
  }
}
