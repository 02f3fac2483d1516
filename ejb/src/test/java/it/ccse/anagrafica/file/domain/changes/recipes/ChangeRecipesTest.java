package it.ccse.anagrafica.file.domain.changes.recipes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.ccse.anagrafica.categories.domain.CategoryType;
import it.ccse.anagrafica.categories.domain.obligations.EmployeeThreshold;
import it.ccse.anagrafica.file.domain.EditScope;
import it.ccse.anagrafica.file.domain.FileFixture;
import it.ccse.anagrafica.file.domain.changes.AddCategory;
import it.ccse.anagrafica.file.domain.changes.AddDelegate;
import it.ccse.anagrafica.file.domain.changes.AddLocalUnit;
import it.ccse.anagrafica.file.domain.changes.AssociateCategory;
import it.ccse.anagrafica.file.domain.changes.AssociateDelegate;
import it.ccse.anagrafica.file.domain.changes.ChangeSet;
import it.ccse.anagrafica.file.domain.changes.DeclareEmployees;
import it.ccse.anagrafica.file.domain.changes.Details;
import it.ccse.anagrafica.file.domain.changes.RequestDevice;
import it.ccse.anagrafica.file.domain.changes.UpdateCompanyData;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The modification area's use cases as operations (MD-5, MD-6, MD-7, MD-12, TH-2). */
class ChangeRecipesTest {

  private static final Details MANAGEMENT =
      new Details(true, false, false, null, 800, null, null, null);
  private static final Person ELENA = new Person("Elena", "Conti", "CNTLNE80A41L219P");
  private static final DeviceContacts CONTACTS =
      new DeviceContacts("011 7654321", null, "elena@example.org");
  private static final UpdateCompanyData DATA =
      new UpdateCompanyData(
          "Prova S.r.l.", "Anna", "Rossi", "RSSNNA80A41L219X", null, null, null, null, null);

  private final FileFixture f = new FileFixture();

  /** Public ids as the service hands them out, predictable here: id-1, id-2, … */
  private static Supplier<String> ids() {
    int[] next = {0};
    return () -> "id-" + ++next[0];
  }

  private static NewLocalUnit newUnit(String existingDelegate) {
    return new NewLocalUnit(
        new NewLocalUnit.Unit(
            "Magazzino", "Via Po", "9", "10124", "01", "TO", "001272", 6, "Confartigianato"),
        CategoryType.MANAGEMENT,
        MANAGEMENT,
        existingDelegate,
        ELENA,
        CONTACTS);
  }

  @Test
  void md12ANewUnitComesWithItsCategoryANewDeviceAndTheDelegateInOneGo() {
    var operations = newUnit(null).operations(f.file, ids());

    assertEquals(
        List.of(
            new AddLocalUnit(
                "id-1",
                "Magazzino",
                "Via Po",
                "9",
                "10124",
                "01",
                "TO",
                "001272",
                6,
                "Confartigianato"),
            new AddCategory("id-1", "id-2", CategoryType.MANAGEMENT, MANAGEMENT),
            new RequestDevice("id-1", "id-3"),
            new AssociateCategory("id-3", "id-2"),
            new AddDelegate("id-1", "id-4", "Elena", "Conti", "CNTLNE80A41L219P"),
            new AssociateDelegate("id-3", "id-4", "011 7654321", null, "elena@example.org")),
        operations);
    var replayed = ChangeSet.replay(operations, f.file, EditScope.wholeFile(), FileFixture.PLACES);
    assertEquals(6, replayed.size(), "every operation applies to the file");
  }

  @Test
  void md12TheNewUnitsDelegateMayBeAPersonAlreadyInTheFile() {
    var operations = newUnit("VRDLCU80A01L219X").operations(f.file, ids());

    assertEquals(
        new AddDelegate("id-1", "id-4", "Luca", "Verdi", "VRDLCU80A01L219X"), operations.get(4));
  }

  @Test
  void md12ACodiceFiscaleNotInTheFileTakesThePersonAsTyped() {
    var operations = newUnit("XXXXXX80A01L219X").operations(f.file, ids());

    assertEquals(
        new AddDelegate("id-1", "id-4", "Elena", "Conti", "CNTLNE80A41L219P"), operations.get(4));
  }

  @Test
  void th2TheEmployeeClassGoesIntoTheSetWhenItChanges() {
    f.company.declareEmployees(EmployeeThreshold.UP_TO_TEN);

    var operations =
        new CompanyDataEdit(DATA, EmployeeThreshold.MORE_THAN_TEN).operations(f.file, ids());

    assertEquals(List.of(DATA, new DeclareEmployees(EmployeeThreshold.MORE_THAN_TEN)), operations);
  }

  @Test
  void th2TheEmployeeClassAsItIsOrNotChosenLeavesOnlyTheCompanyData() {
    f.company.declareEmployees(EmployeeThreshold.UP_TO_TEN);

    assertEquals(
        List.of(DATA),
        new CompanyDataEdit(DATA, EmployeeThreshold.UP_TO_TEN).operations(f.file, ids()));
    assertEquals(List.of(DATA), new CompanyDataEdit(DATA, null).operations(f.file, ids()));
  }

  @Test
  void th2AFirstEmployeeClassIsDeclared() {
    assertEquals(
        List.of(DATA, new DeclareEmployees(EmployeeThreshold.UP_TO_TEN)),
        new CompanyDataEdit(DATA, EmployeeThreshold.UP_TO_TEN).operations(f.file, ids()));
  }

  @Test
  void md5ANewCategoryGoesOntoAnExistingDevice() {
    assertEquals(
        List.of(
            new AddCategory("unit-1", "id-1", CategoryType.MANAGEMENT, MANAGEMENT),
            new AssociateCategory("dev-unit", "id-1")),
        new NewCategory("unit-1", CategoryType.MANAGEMENT, MANAGEMENT, "dev-unit")
            .operations(f.file, ids()));
  }

  @Test
  void md5ANewCategoryGoesOntoANewDevice() {
    assertEquals(
        List.of(
            new AddCategory("unit-1", "id-1", CategoryType.MANAGEMENT, MANAGEMENT),
            new RequestDevice("unit-1", "id-2"),
            new AssociateCategory("id-2", "id-1")),
        new NewCategory("unit-1", CategoryType.MANAGEMENT, MANAGEMENT, NewDevice.NEW)
            .operations(f.file, ids()));
  }

  @Test
  void md6ANewDelegateGoesOntoADeviceWithItsContacts() {
    assertEquals(
        List.of(
            new AddDelegate("unit-1", "id-1", "Elena", "Conti", "CNTLNE80A41L219P"),
            new AssociateDelegate("dev-unit", "id-1", "011 7654321", null, "elena@example.org")),
        new NewDelegate("unit-1", ELENA, "dev-unit", CONTACTS).operations(f.file, ids()));
  }

  @Test
  void md7ANewDeviceIsRequestedWithTheCategoryItWillCarry() {
    assertEquals(
        List.of(
            new RequestDevice("unit-1", "id-1"), new AssociateCategory("id-1", "cat-production")),
        new NewDevice("unit-1", "cat-production").operations(f.file, ids()));
  }
}
