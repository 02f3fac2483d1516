package it.ccse.anagrafica.company.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.ccse.anagrafica.file.domain.FileFixture;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A device's state is derived (RQ-2, RQ-2b): requested until shipped, active until revoked. */
class DeviceStatesTest {

  private static final LocalDateTime AT = LocalDateTime.of(2026, 12, 1, 9, 0);

  private final FileFixture f = new FileFixture();

  @Test
  void rq2bARequestedDeviceIsShippedWithItsSerial() {
    var device = f.unit.requestDevice("dev-new");
    assertEquals(DeviceState.REQUESTED, device.state());

    device.ship(" USB-0100 ");

    assertEquals(DeviceState.ACTIVE, device.state());
    assertEquals("USB-0100", device.getSerial());
  }

  @Test
  void rq2bAShippedDeviceIsNotShippedAgain() {
    var refused = assertThrows(InvalidValueException.class, () -> f.unitDevice.ship("USB-0100"));

    assertEquals("file.deviceAlreadyShipped", refused.messageKey());
    assertEquals("USB-0002", f.unitDevice.getSerial());
  }

  @Test
  void rq2ARevokedDeviceKeepsItsSerialAsHistory() {
    f.unitDevice.revoke(AT);

    assertEquals(DeviceState.REVOKED, f.unitDevice.state());
    assertEquals("USB-0002", f.unitDevice.getSerial());
    assertEquals(Optional.of(AT), f.unitDevice.getRevokedAt());
    var again = assertThrows(InvalidValueException.class, () -> f.unitDevice.revoke(AT));
    assertEquals("file.deviceRevoked", again.messageKey());
  }

  @Test
  void rq2ARevokedRequestIsNeverShipped() {
    var device = f.unit.requestDevice("dev-new");
    device.revoke(AT);

    var refused = assertThrows(InvalidValueException.class, () -> device.ship("USB-0100"));

    assertEquals("file.deviceRevoked", refused.messageKey());
    assertEquals(DeviceState.REVOKED, device.state());
  }

  @Test
  void rq2ADuplicateHasTheSameCategoriesAndDelegatesWithTheirContacts() {
    var copy = f.unit.requestDeviceLike(f.unitDevice, "dev-copy", true);

    assertEquals(DeviceState.REQUESTED, copy.state());
    assertEquals(List.of(f.production), copy.getCategories());
    assertEquals(
        f.unitDevice.association(f.delegate).orElseThrow().getContacts(),
        copy.association(f.delegate).orElseThrow().getContacts());
    assertTrue(f.unit.getDevices().contains(copy));
  }

  @Test
  void rq2AnAdditionalDeviceHasTheSameCategoriesAndNoDelegatesYet() {
    var additional = f.unit.requestDeviceLike(f.unitDevice, "dev-more", false);

    assertEquals(List.of(f.production), additional.getCategories());
    assertEquals(List.of(), additional.getDelegates());
  }

  @Test
  void rq2ADeviceIsRequestedOnlyLikeOneOfTheSameSite() {
    var refused =
        assertThrows(
            InvalidValueException.class,
            () -> f.office.requestDeviceLike(f.unitDevice, "dev-copy", true));

    assertEquals("file.otherSite", refused.messageKey());
  }
}
