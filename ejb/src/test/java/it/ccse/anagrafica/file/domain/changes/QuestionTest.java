package it.ccse.anagrafica.file.domain.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.ccse.anagrafica.categories.domain.CategoryType;
import it.ccse.anagrafica.categories.domain.obligations.EmployeeThreshold;
import it.ccse.anagrafica.file.domain.CompanyFile;
import it.ccse.anagrafica.file.domain.EditScope;
import it.ccse.anagrafica.file.domain.FileFixture;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** NP-1 and TH-2: the questions "Firma" asks, and how the set answers them. */
class QuestionTest {

  private static final Details NON_HAZARDOUS_MANAGEMENT =
      new Details(false, true, false, null, 800, null, null, null);
  private static final Details NON_HAZARDOUS_PRODUCTION =
      new Details(false, true, null, 4, null, null, null, null);

  private final FileFixture f = new FileFixture();

  private List<Question> questions(Optional<EmployeeThreshold> before, Operation... operations) {
    List<Operation> set = List.of(operations);
    ChangeSet.replay(set, f.file, EditScope.wholeFile(), FileFixture.PLACES);
    return Question.open(set, before, f.file);
  }

  private static AddCategory add(String site, CategoryType type) {
    return new AddCategory(
        site,
        type + "-" + site,
        type,
        type == CategoryType.MANAGEMENT ? NON_HAZARDOUS_MANAGEMENT : NON_HAZARDOUS_PRODUCTION);
  }

  private static AddLocalUnit newUnit(String id) {
    return new AddLocalUnit(
        id, "Magazzino", "Via Nizza", "3", "10125", "01", "TO", "001272", 4, null);
  }

  @Test
  void np1AddingManagementWhereProductionExistsAsksNewProducer() {
    var open = questions(Optional.empty(), add("unit-1", CategoryType.MANAGEMENT));

    assertEquals(List.of(new Question.NewProducer("unit-1", "Stabilimento")), open);
  }

  @Test
  void np1AddingProductionWhereManagementExistsAsksNewProducer() {
    f.office.addCategory("m", CategoryType.MANAGEMENT, FileFixture.details(false, 0));
    String office = f.office.getPublicId();

    var open = questions(Optional.empty(), add(office, CategoryType.PRODUCTION));

    assertEquals(List.of(new Question.NewProducer(office, "Sede legale")), open);
  }

  @Test
  void np1BothOnANewLocalUnitInOneSetAsksNewProducer() {
    var open =
        questions(
            Optional.empty(),
            newUnit("u2"),
            add("u2", CategoryType.PRODUCTION),
            add("u2", CategoryType.MANAGEMENT));

    assertEquals(List.of(new Question.NewProducer("u2", "Magazzino")), open);
  }

  @Test
  void np1NotAskedForANewLocalUnitOfProductionOnly() {
    assertEquals(
        List.of(), questions(Optional.empty(), newUnit("u2"), add("u2", CategoryType.PRODUCTION)));
  }

  @Test
  void np1NotAskedForProductionWithoutManagement() {
    assertEquals(List.of(), questions(Optional.empty(), add("unit-1", CategoryType.PRODUCTION)));
  }

  @Test
  void np1NotAskedWhenProductionAndManagementSitOnDifferentUnits() {
    var office = f.office.getPublicId();

    assertEquals(List.of(), questions(Optional.empty(), add(office, CategoryType.MANAGEMENT)));
  }

  @Test
  void np1AnswerSiMakesNonHazardousManagementMandatoryOnThatUnit() {
    var open =
        questions(
            Optional.empty(),
            add("unit-1", CategoryType.MANAGEMENT),
            new DeclareNewProducer("unit-1", true));

    assertEquals(List.of(), open);
    var management = f.file.category("MANAGEMENT-unit-1");
    assertTrue(management.obligation().isMandatory());
    assertEquals("obligation.newProducer", management.obligation().reasonKey());
  }

  @Test
  void np1AnswerNoLeavesNonHazardousManagementVoluntary() {
    questions(
        Optional.empty(),
        add("unit-1", CategoryType.MANAGEMENT),
        new DeclareNewProducer("unit-1", false));

    assertEquals(
        "obligation.management.nonHazardous",
        f.file.category("MANAGEMENT-unit-1").obligation().reasonKey());
  }

  @Test
  void th2GoingDownToTenOrFewerAsksForTheDeclarationAgain() {
    f.company.declareEmployees(EmployeeThreshold.MORE_THAN_TEN);

    var open =
        questions(
            Optional.of(EmployeeThreshold.MORE_THAN_TEN),
            new DeclareEmployees(EmployeeThreshold.UP_TO_TEN));

    assertEquals(List.of(new Question.EmployeesLowered()), open);
    assertEquals(
        "obligation.production.upToTen", f.production.obligation().reasonKey(), "recomputed");
  }

  @Test
  void th2TheRenewedDeclarationAnswersTheQuestion() {
    f.company.declareEmployees(EmployeeThreshold.MORE_THAN_TEN);

    var open =
        questions(
            Optional.of(EmployeeThreshold.MORE_THAN_TEN),
            new DeclareEmployees(EmployeeThreshold.UP_TO_TEN),
            new ReaffirmEmployees());

    assertEquals(List.of(), open);
  }

  @Test
  void th2GoingAboveTenUpdatesWithoutAsking() {
    f.company.declareEmployees(EmployeeThreshold.UP_TO_TEN);

    var open =
        questions(
            Optional.of(EmployeeThreshold.UP_TO_TEN),
            new DeclareEmployees(EmployeeThreshold.MORE_THAN_TEN));

    assertEquals(List.of(), open);
    assertTrue(f.production.obligation().isMandatory(), "hazardous and more than 10: recomputed");
  }

  @Test
  void th2TheDeclarationIsRenewedOnlyAfterChoosingTenOrFewer() {
    f.company.declareEmployees(EmployeeThreshold.MORE_THAN_TEN);

    var refused =
        assertThrows(
            InvalidValueException.class,
            () -> questions(Optional.empty(), new ReaffirmEmployees()));

    assertEquals("changeSet.nothingToReaffirm", refused.messageKey());
  }

  @Test
  void np1SigningIsRefusedWhileAQuestionIsOpen() {
    var set = new ChangeSet(f.file, "operatore", null, LocalDateTime.of(2026, 11, 23, 9, 0));
    set.add(add("unit-1", CategoryType.MANAGEMENT), this::replayOnFresh);
    set.add(new AssociateCategory("dev-unit", "MANAGEMENT-unit-1"), this::replayOnFresh);
    set.applyTo(f.file, EditScope.wholeFile(), FileFixture.PLACES);

    var refused =
        assertThrows(
            InvalidValueException.class,
            () -> set.sign(f.file, Optional.empty(), "R-1", LocalDateTime.now()));

    assertEquals("changeSet.newProducerUnanswered", refused.messageKey());
  }

  private void replayOnFresh(List<Operation> operations) {
    CompanyFile fresh = new FileFixture().file;
    ChangeSet.replay(operations, fresh, EditScope.wholeFile(), FileFixture.PLACES);
  }
}
