package it.ccse.anagrafica.file.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.ccse.anagrafica.categories.domain.CategoryDetails;
import it.ccse.anagrafica.categories.domain.CategoryType;
import it.ccse.anagrafica.categories.domain.obligations.EmployeeThreshold;
import it.ccse.anagrafica.categories.domain.obligations.FileNotice;
import it.ccse.anagrafica.company.domain.Company;
import it.ccse.anagrafica.company.domain.Contacts;
import it.ccse.anagrafica.company.domain.Device;
import it.ccse.anagrafica.company.domain.FileProblem;
import it.ccse.anagrafica.shared.domain.Address;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import it.ccse.anagrafica.shared.domain.OutOfScopeException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The invariants of a company file (MD-4..MD-8, VW-1), each named after its SPEC id. */
class CompanyFileRulesTest {

  private final FileFixture f = new FileFixture();

  @Test
  void md7ADeviceKeepsAtLeastOneCategory() {
    var refused =
        assertThrows(InvalidValueException.class, () -> f.unitDevice.dissociate(f.production));
    assertEquals("file.deviceNeedsCategory", refused.messageKey());
    assertTrue(f.unitDevice.carries(f.production));
  }

  @Test
  void md5DeletingTheOnlyCategoryOfADeviceIsRefused() {
    var refused = assertThrows(InvalidValueException.class, () -> f.unit.delete(f.production));
    assertEquals("file.deviceNeedsCategory", refused.messageKey());
    assertEquals(1, f.unit.getCategories().size());
  }

  @Test
  void md5DeletingACategoryRemovesItFromEveryDevice() {
    var waste = f.unit.addCategory("cat-2", CategoryType.MANAGEMENT, CategoryDetails.none());
    f.unitDevice.associate(waste);

    f.unit.delete(waste);

    assertFalse(f.unitDevice.carries(waste));
    assertEquals(List.of(f.production), f.unitDevice.getCategories());
  }

  @Test
  void md7AtMostThreeDelegatesPerDevice() {
    for (int i = 2; i <= 3; i++) {
      var d = f.unit.addDelegate("del-" + i, "Nome" + i, "Cognome", "RSSMRA85T10A562S" + i);
      f.unitDevice.associate(d, new Contacts(null, null, "d" + i + "@example.org"));
    }
    var fourth = f.unit.addDelegate("del-4", "Quarto", "Delegato", "BNCMRA80A41L219W");

    var refused =
        assertThrows(
            InvalidValueException.class,
            () -> f.unitDevice.associate(fourth, new Contacts("011 1234567", null, null)));
    assertEquals("file.tooManyDelegates", refused.messageKey());
    assertEquals(Device.MAX_DELEGATES, f.unitDevice.getDelegates().size());
  }

  @Test
  void md7EveryCategoryAndDelegateOfASiteIsOnADeviceBeforeSigning() {
    assertEquals(List.of(), f.file.problems());

    f.unit.addCategory("cat-new", CategoryType.MANAGEMENT, CategoryDetails.none());
    f.unit.addDelegate("del-new", "Anna", "Neri", "NRENNA80A41L219K");
    f.unit.requestDevice("dev-new");

    assertEquals(
        List.of(
            "file.categoryWithoutDevice",
            "file.delegateWithoutDevice",
            "file.deviceWithoutCategory"),
        f.file.problems().stream().map(FileProblem::messageKey).toList());
  }

  @Test
  void md7AssociationsStayWithinTheDevicesSite() {
    var refused =
        assertThrows(InvalidValueException.class, () -> f.officeDevice.associate(f.production));
    assertEquals("file.otherSite", refused.messageKey());
  }

  @Test
  void md7OnlyTheContactsOfADelegateOnADeviceChangeAndOneChannelIsNeeded() {
    f.unitDevice.updateContacts(f.delegate, new Contacts(null, " 011 9876543 ", null));

    assertEquals(
        "011 9876543", f.unitDevice.association(f.delegate).orElseThrow().getContacts().getFax());
    var none = assertThrows(InvalidFieldException.class, () -> new Contacts(" ", null, ""));
    assertEquals("file.contactRequired", none.messageKey());
  }

  @Test
  void md6DeletingADelegateRemovesItFromEveryDevice() {
    f.unit.delete(f.delegate);

    assertTrue(f.unitDevice.getDelegates().isEmpty());
    assertTrue(f.unit.getDelegates().isEmpty());
  }

  @Test
  void md6APersonIsADelegateOfASiteOnce() {
    var refused =
        assertThrows(
            InvalidValueException.class,
            () -> f.unit.addDelegate("x", "Luca", "Verdi", "VRDLCU80A01L219X"));
    assertEquals("file.delegateAlreadyOnSite", refused.messageKey());
  }

  @Test
  void md5TransportCategoriesCannotBeAddedOrDeletedOnlyModified() {
    assertEquals(
        "file.transportCategoryFixed",
        assertThrows(
                InvalidValueException.class,
                () ->
                    f.office.addCategory(
                        "t2", CategoryType.TRANSPORT_CAMPANIA_URBAN, CategoryDetails.none()))
            .messageKey());
    assertEquals(
        "file.transportCategoryFixed",
        assertThrows(InvalidValueException.class, () -> f.office.delete(f.transport)).messageKey());

    f.office.modify(f.transport, FileFixture.details(true, 0));

    assertEquals(Boolean.TRUE, f.transport.getDetails().getHazardous());
  }

  @Test
  void md4OfficeAddressIsReadOnlyWhileATransportCategoryIsAssociated() {
    assertTrue(f.office.isAddressLocked());
    var refused =
        assertThrows(
            InvalidValueException.class,
            () ->
                f.office.relocate(
                    Address.asRecorded("Via Nuova", "3", "10122", "01", "TO", "001272")));
    assertEquals("file.addressLockedByTransport", refused.messageKey());
    assertEquals("Via Roma", f.office.getAddress().street());

    f.unit.relocate(Address.asRecorded("Via Nuova", "3", "10122", "01", "TO", "001272"));
    assertEquals("Via Nuova", f.unit.getAddress().street());
  }

  @Test
  void md8ALocalUnitHasANameAndANonNegativeNumberOfEmployees() {
    f.unit.describe("Magazzino", 14);
    assertEquals("Magazzino", f.unit.getName());
    assertEquals(14, f.unit.getEmployees());
    assertThrows(InvalidValueException.class, () -> f.unit.describe("Magazzino", -1));
  }

  @Test
  void vw1ADelegateActsOnlyOnTheSiteOfTheDeviceInUse() {
    var scope = EditScope.siteOf(f.unitDevice);

    scope.require(Optional.of(f.unit));
    assertEquals(
        "file.outOfScope",
        assertThrows(OutOfScopeException.class, () -> scope.require(Optional.of(f.office)))
            .messageKey());
    assertThrows(OutOfScopeException.class, () -> scope.require(Optional.empty()));
    EditScope.wholeFile().require(Optional.of(f.office));
    assertThrows(
        OutOfScopeException.class, () -> EditScope.readOnly().require(Optional.of(f.unit)));
  }

  @Test
  void vw2AFileIsOpenedOnlyForAValidatedCompany() {
    var fresh = new Company("02345670018", "02345670018", "Nuova S.r.l.", f.file.getCreatedAt());
    assertThrows(
        InvalidValueException.class,
        () -> new CompanyFile(fresh, "F-2026-000002", "ERP-2", f.file.getCreatedAt()));
  }

  @Test
  void th1TheEmployeeClassIsDeclaredOrCountedAboveTen() {
    f.unit.describe("Stabilimento", 10);
    assertEquals(Optional.empty(), f.company.employeeThreshold(), "10 counted: must declare");

    f.company.declareEmployees(EmployeeThreshold.UP_TO_TEN);
    assertEquals(Optional.of(EmployeeThreshold.UP_TO_TEN), f.company.employeeThreshold());
    assertFalse(f.production.obligation().isMandatory());

    f.company.declareEmployees(null);
    f.unit.describe("Stabilimento", 11);
    assertEquals(Optional.of(EmployeeThreshold.MORE_THAN_TEN), f.company.employeeThreshold());
    assertTrue(f.production.obligation().isMandatory(), "hazardous production, > 10 employees");
  }

  @Test
  void np1ANewProducerSiteMakesItsProductionMandatory() {
    f.unit.describe("Stabilimento", 3);
    f.company.declareEmployees(EmployeeThreshold.UP_TO_TEN);
    assertFalse(f.production.obligation().isMandatory());

    f.unit.declareNewProducer(true);

    assertTrue(f.production.obligation().isMandatory());
    assertEquals("obligation.newProducer", f.production.obligation().reasonKey());
  }

  @Test
  void vo1ANonMandatoryCategoryCanBeJoinedVoluntarily() {
    f.company.declareEmployees(EmployeeThreshold.UP_TO_TEN);
    f.unit.describe("Stabilimento", 3);

    f.production.joinVoluntarily();

    assertTrue(f.production.isJoinedVoluntarily());
    assertFalse(f.production.obligation().isMandatory());
  }

  @Test
  void th1Vo1NoticesLastUntilTheCompanyDeclares() {
    assertEquals(
        List.of(FileNotice.Kind.EMPLOYEE_THRESHOLD, FileNotice.Kind.VOLUNTARY_CATEGORIES),
        f.file.notices().stream().map(FileNotice::kind).toList());
    assertEquals(
        List.of("Sede legale: " + f.transport.label()), f.file.notices().get(1).subjects());

    f.company.declareEmployees(EmployeeThreshold.MORE_THAN_TEN);
    f.transport.joinVoluntarily();

    assertEquals(List.of(), f.file.notices());
  }

  @Test
  void ag1AnAgriculturalCategoryWithoutTheCircuitDeclarationRaisesItsNotice() {
    f.company.declareEmployees(EmployeeThreshold.MORE_THAN_TEN);
    f.transport.joinVoluntarily();
    f.unit.addCategory(
        "pagr",
        CategoryType.AGRICULTURAL,
        new CategoryDetails(true, false, null, 12, null, null, null, null));

    assertEquals(
        List.of(FileNotice.Kind.AGRICULTURAL_CIRCUIT),
        f.file.notices().stream().map(FileNotice::kind).toList());
  }
}
