package it.ccse.anagrafica.file.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.ccse.anagrafica.categories.domain.CategoryDetails;
import it.ccse.anagrafica.categories.domain.CategoryType;
import it.ccse.anagrafica.categories.domain.obligations.EmployeeThreshold;
import it.ccse.anagrafica.file.domain.changes.ChangeSet;
import it.ccse.anagrafica.file.domain.changes.DeclareEmployees;
import it.ccse.anagrafica.file.domain.changes.RequestDevice;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** RQ-1: a closed unit and a ceased company stay in the file as read-only history. */
class ReadOnlyHistoryTest {

  private static final LocalDateTime AT = LocalDateTime.of(2026, 12, 1, 9, 0);

  private final FileFixture f = new FileFixture();

  @Test
  void rq1AClosedUnitIsEditableByNobody() {
    f.unit.close(AT);

    assertFalse(EditScope.wholeFile().allows(f.unit));
    assertFalse(EditScope.siteOf(f.unitDevice).allows(f.unit));
    var refused =
        assertThrows(
            InvalidValueException.class,
            () ->
                ChangeSet.replay(
                    List.of(new RequestDevice("unit-1", "dev-new")),
                    f.file,
                    EditScope.wholeFile(),
                    FileFixture.PLACES));
    assertEquals("file.siteClosed", refused.messageKey());
  }

  @Test
  void rq1AClosedUnitRaisesNoNotice() {
    f.company.declareEmployees(EmployeeThreshold.MORE_THAN_TEN);
    f.transport.joinVoluntarily();
    f.unit.addCategory(
        "pagr",
        CategoryType.AGRICULTURAL,
        new CategoryDetails(true, false, null, 12, null, null, null, null));

    f.unit.close(AT);

    assertEquals(List.of(), f.file.notices());
  }

  @Test
  void rq1ACeasedCompanyChangesNothingAndIsAskedNothing() {
    f.company.cease(AT);

    assertFalse(EditScope.wholeFile().allows(f.office));
    assertEquals(List.of(), f.file.notices());
    var refused =
        assertThrows(
            InvalidValueException.class,
            () ->
                ChangeSet.replay(
                    List.of(new DeclareEmployees(EmployeeThreshold.UP_TO_TEN)),
                    f.file,
                    EditScope.wholeFile(),
                    FileFixture.PLACES));
    assertEquals("file.companyCeased", refused.messageKey());
    assertEquals(Optional.empty(), f.company.employeeThreshold());
  }
}
