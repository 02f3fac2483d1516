package it.ccse.anagrafica.practices.domain;

import static it.ccse.anagrafica.practices.domain.PracticeFixture.AT;
import static it.ccse.anagrafica.practices.domain.PracticeFixture.PRICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.ccse.anagrafica.company.domain.BlackBoxState;
import it.ccse.anagrafica.company.domain.Device;
import it.ccse.anagrafica.company.domain.DeviceState;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** AD-2: what each type changes in the company when CCSE completes it (issue 17's table). */
class PracticeCompletionTest {

  private final PracticeFixture p = new PracticeFixture();

  @Test
  void rq1ATransferMovesTheUnitToItsNewNameAndAddress() {
    var practice = p.taken(PracticeType.UNIT_TRANSFER, "unit-1");

    practice.complete(p.targets, AT);

    assertEquals(PracticeState.COMPLETED, practice.getState());
    assertEquals("Deposito Milano", p.f.unit.getName());
    assertEquals(PracticeFixture.MILANO, p.f.unit.getAddress());
  }

  @Test
  void rq1AClosureClosesTheUnitAndRevokesItsDevices() {
    p.taken(PracticeType.UNIT_CLOSURE, "unit-1").complete(p.targets, AT);

    assertTrue(p.f.unit.isClosed());
    assertEquals(DeviceState.REVOKED, p.f.unitDevice.state());
  }

  @Test
  void rq1ACessationCeasesTheCompany() {
    p.taken(PracticeType.COMPANY_CESSATION, "12345670017").complete(p.targets, AT);

    assertTrue(p.f.company.isCeased());
  }

  @Test
  void rq2ADuplicateShipsANewDeviceWithTheSameCategoriesAndDelegates() {
    var practice = p.taken(PracticeType.DEVICE_DUPLICATE, "dev-unit");

    practice.ship("USB-0100", PRICE, p.targets, AT);

    var shipped = p.f.unit.device(practice.getRequestedDevice()).orElseThrow();
    assertEquals("USB-0100", shipped.getSerial());
    assertEquals(DeviceState.ACTIVE, shipped.state());
    assertEquals(List.of(p.f.production), shipped.getCategories());
    assertTrue(shipped.carries(p.f.delegate));
    assertEquals(DeviceState.ACTIVE, p.f.unitDevice.state());
    assertEquals(PracticeState.COMPLETED, practice.getState());
    assertEquals(Optional.of("USB-0100"), practice.getProcessing().shippedSerial());
  }

  @ParameterizedTest
  @EnumSource(
      value = PracticeType.class,
      names = {"DEVICE_REPLACEMENT_THEFT", "DEVICE_REPLACEMENT_DAMAGE", "DEVICE_REPLACEMENT_LOSS"})
  void rq2AReplacementRevokesTheOldSerialForTheNewOne(PracticeType type) {
    var practice = p.taken(type, "dev-unit");

    practice.ship("USB-0100", PRICE, p.targets, AT);

    assertEquals(DeviceState.REVOKED, p.f.unitDevice.state());
    var replacement = p.f.unit.device(practice.getRequestedDevice()).orElseThrow();
    assertEquals("USB-0100", replacement.getSerial());
    assertTrue(replacement.carries(p.f.delegate));
  }

  @Test
  void rq2AnAdditionalDeviceHasTheSameCategoriesAndNoDelegatesYet() {
    var practice = p.taken(PracticeType.ADDITIONAL_DEVICE, "dev-unit");

    practice.ship("USB-0100", PRICE, p.targets, AT);

    Device added = p.f.unit.device(practice.getRequestedDevice()).orElseThrow();
    assertEquals(List.of(p.f.production), added.getCategories());
    assertEquals(List.of(), added.getDelegates());
  }

  @Test
  void rq2ADeviceRevokedMeanwhileIsNotDuplicated() {
    var practice = p.taken(PracticeType.DEVICE_DUPLICATE, "dev-unit");
    p.f.unitDevice.revoke(AT);

    var refused =
        assertThrows(
            InvalidValueException.class, () -> practice.ship("USB-0100", PRICE, p.targets, AT));

    assertEquals("practice.targetNotEligible", refused.messageKey());
    assertEquals(PracticeState.IN_PROGRESS, practice.getState());
  }

  @Test
  void rq2bTheRequestedDeviceGetsItsSerialOnceCovered() {
    var requested = p.f.unit.requestDevice("dev-new");
    var practice = Practice.ofSignedChange(requested, "PR-2", PRICE, "x", AT);
    practice.take("staff");

    practice.ship("USB-0100", PRICE, p.targets, AT);

    assertEquals(DeviceState.ACTIVE, requested.state());
    assertEquals("USB-0100", requested.getSerial());
  }

  @Test
  void rq3ABlackBoxTheftMarksTheBoxStolenAndDropsALostVehicleDevice() {
    p.taken(PracticeType.BLACK_BOX_THEFT, "AB123CD").complete(p.targets, AT);

    assertEquals(BlackBoxState.STOLEN, p.truck.getBlackBoxState());
    assertEquals("Officina Rossi", p.truck.getBlackBoxWorkshop());
    assertNull(p.truck.getDeviceSerial());
  }
}
