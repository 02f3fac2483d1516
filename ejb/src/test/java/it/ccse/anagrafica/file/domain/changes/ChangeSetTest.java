package it.ccse.anagrafica.file.domain.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.ccse.anagrafica.categories.domain.CategoryType;
import it.ccse.anagrafica.categories.domain.obligations.EmployeeThreshold;
import it.ccse.anagrafica.fees.domain.PriceCode;
import it.ccse.anagrafica.file.domain.EditScope;
import it.ccse.anagrafica.file.domain.FileFixture;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import it.ccse.anagrafica.shared.domain.OutOfScopeException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** MD-9: the pending change set, its rehearsal, summary, JSON form and signing rules. */
class ChangeSetTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 22, 11, 0);
  private static final Details MANAGEMENT =
      new Details(true, false, false, null, 800, null, null, null);

  /** Each rehearsal on a fresh file, as the service does in a rolled-back transaction. */
  private static final Consumer<List<Operation>> REHEARSAL =
      ops ->
          ChangeSet.replay(ops, new FileFixture().file, EditScope.wholeFile(), FileFixture.PLACES);

  @Test
  void md9OperationsSurviveAsJsonWithTheirTypes() {
    var converter = new OperationsConverter();
    List<Operation> operations =
        List.of(
            new AddCategory("unit-1", "c1", CategoryType.MANAGEMENT, MANAGEMENT),
            new AssociateCategory("dev-unit", "c1"),
            new UpdateContacts("dev-unit", "del-1", "011", null, "x@example.org"),
            new RequestDevice("unit-1", "d9"),
            new DeclareEmployees(EmployeeThreshold.UP_TO_TEN),
            new JoinVoluntarily("cat-production"),
            new DeclareNewProducer("unit-1", true),
            new ReaffirmEmployees());

    String json = converter.convertToDatabaseColumn(operations);

    assertEquals(operations, converter.convertToEntityAttribute(json));
    assertTrue(json.contains("\"@op\":\"addCategory\""), json);
  }

  @Test
  void md2ANewCategoryIsSignedOnlyOnceAssociatedToADevice() {
    var f = new FileFixture();
    var set = new ChangeSet(f.file, "operatore", null, NOW);
    set.add(new AddCategory("unit-1", "c1", CategoryType.MANAGEMENT, MANAGEMENT), REHEARSAL);

    set.applyTo(f.file, EditScope.wholeFile(), FileFixture.PLACES);
    var refused =
        assertThrows(
            InvalidValueException.class, () -> set.sign(f.file, Optional.empty(), "R-1", NOW));
    assertEquals("file.categoryWithoutDevice", refused.messageKey());

    var g = new FileFixture();
    set.add(new AssociateCategory("dev-unit", "c1"), REHEARSAL);
    set.add(new DeclareNewProducer("unit-1", false), REHEARSAL);
    var lines = set.applyTo(g.file, EditScope.wholeFile(), FileFixture.PLACES);
    set.sign(g.file, Optional.empty(), "R-1", NOW);

    assertTrue(set.isSigned());
    assertEquals(
        List.of("change.addCategory", "change.associateCategory", "change.declareNewProducer"),
        lines.stream().map(ChangeLine::action).toList());
    assertTrue(g.unitDevice.carries(g.file.category("c1")));
  }

  @Test
  void md9ARefusedOperationLeavesTheSetAsItWas() {
    var f = new FileFixture();
    var set = new ChangeSet(f.file, "operatore", null, NOW);

    var refused =
        assertThrows(
            InvalidValueException.class,
            () -> set.add(new RemoveCategory("dev-unit", "cat-production"), REHEARSAL));

    assertEquals("file.deviceNeedsCategory", refused.messageKey());
    assertTrue(set.getOperations().isEmpty());
  }

  @Test
  void md9UndoIsRefusedWhileALaterOperationDependsOnIt() {
    var f = new FileFixture();
    var set = new ChangeSet(f.file, "operatore", null, NOW);
    set.add(new AddCategory("unit-1", "c1", CategoryType.MANAGEMENT, MANAGEMENT), REHEARSAL);
    set.add(new AssociateCategory("dev-unit", "c1"), REHEARSAL);

    var refused = assertThrows(InvalidValueException.class, () -> set.undo(0, REHEARSAL));
    assertEquals("changeSet.undoBlocked", refused.messageKey());

    set.undo(1, REHEARSAL);
    set.undo(0, REHEARSAL);
    assertTrue(set.getOperations().isEmpty());
  }

  @Test
  void vw1ADelegatesSetTouchesOnlyTheSiteOfTheDeviceInUse() {
    var f = new FileFixture();
    var scope = EditScope.siteOf(f.unitDevice);
    var set = new ChangeSet(f.file, "delegato", "dev-unit", NOW);

    var refused =
        assertThrows(
            OutOfScopeException.class,
            () ->
                set.add(
                    new ModifyCategory("cat-transport", MANAGEMENT),
                    ops ->
                        ChangeSet.replay(ops, new FileFixture().file, scope, FileFixture.PLACES)));

    assertEquals("file.outOfScope", refused.messageKey());
  }

  @Test
  void md9ASetBuiltOnAnOlderFileIsStaleAndAnEmptySetIsNotSigned() {
    var f = new FileFixture();
    var set = new ChangeSet(f.file, "operatore", null, NOW);

    assertEquals(
        "changeSet.empty",
        assertThrows(
                InvalidValueException.class, () -> set.sign(f.file, Optional.empty(), "R", NOW))
            .messageKey());
    assertEquals(false, set.isStale(f.file));
  }

  @Test
  void md12AddingALocalUnitCostsAndNeedsItsDevice() {
    var f = new FileFixture();
    var set = new ChangeSet(f.file, "operatore", null, NOW);
    set.add(
        new AddLocalUnit("u2", "Deposito", "Via Po", "9", "10124", "01", "TO", "001272", 4, null),
        REHEARSAL);
    set.add(new AddCategory("u2", "c2", CategoryType.PRODUCTION, MANAGEMENT), REHEARSAL);
    set.add(new RequestDevice("u2", "d2"), REHEARSAL);
    set.add(new AssociateCategory("d2", "c2"), REHEARSAL);

    var g = new FileFixture();
    set.applyTo(g.file, EditScope.wholeFile(), FileFixture.PLACES);
    set.sign(g.file, Optional.empty(), "R-2", NOW);

    assertEquals(List.of(PriceCode.ADDITIONAL_LOCAL_UNIT, PriceCode.NEW_DEVICE), set.costs());
    assertEquals("Deposito", g.file.site("u2").getName());
  }

  @Test
  void th2DeclarationsGoThroughTheSetAndChangeTheObligations() {
    var f = new FileFixture();
    var set = new ChangeSet(f.file, "operatore", null, NOW);
    set.add(new DeclareEmployees(EmployeeThreshold.MORE_THAN_TEN), REHEARSAL);
    set.add(new JoinVoluntarily("cat-production"), REHEARSAL);

    var lines = set.applyTo(f.file, EditScope.wholeFile(), FileFixture.PLACES);
    set.sign(f.file, Optional.empty(), "R-3", NOW);

    assertEquals("change.declareEmployees", lines.get(0).action());
    assertTrue(f.production.obligation().isMandatory(), "hazardous production, > 10 declared");
    assertTrue(f.production.isJoinedVoluntarily());
  }

  @Test
  void th1AnyUserOfTheCompanyDeclaresTheThresholdButNotStaff() {
    var f = new FileFixture();
    List<Operation> declaration = List.of(new DeclareEmployees(EmployeeThreshold.UP_TO_TEN));

    ChangeSet.replay(declaration, f.file, EditScope.siteOf(f.unitDevice), FileFixture.PLACES);

    assertEquals(EmployeeThreshold.UP_TO_TEN, f.company.employeeThreshold().orElseThrow());
    assertEquals(
        "file.outOfScope",
        assertThrows(
                OutOfScopeException.class,
                () ->
                    ChangeSet.replay(declaration, f.file, EditScope.readOnly(), FileFixture.PLACES))
            .messageKey());
  }

  @Test
  void defect14Md9TheSummaryWritesAddressesAsLettersDoWithTheComuneByName() {
    var f = new FileFixture();
    var relocation = new RelocateOffice("Via Dante", "3", "20121", "03", "MI", "015146");
    var unit =
        new AddLocalUnit(
            "unit-2", "Magazzino", "Via Po", "2", "10124", "01", "TO", "001272", 4, null);

    var moved = relocation.describe(f.file, FileFixture.PLACES);
    assertEquals("Via Roma 1, 10121 Torino (TO)", moved.before());
    assertEquals("Via Dante 3, 20121 Milano (MI)", moved.after());
    assertEquals(
        "Via Po 2, 10124 Torino (TO) - ULA 4", unit.describe(f.file, FileFixture.PLACES).after());
  }

  @Test
  void md9AComuneTheReferenceDataDoNotNameKeepsItsCode() {
    var f = new FileFixture();
    var relocation = new RelocateOffice("Via Dante", "3", "24121", "03", "BG", "016024");

    assertEquals(
        "Via Dante 3, 24121 016024 (BG)", relocation.describe(f.file, FileFixture.PLACES).after());
  }
}
