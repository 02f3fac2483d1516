package it.ccse.anagrafica.company.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.ccse.anagrafica.file.domain.FileFixture;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import org.junit.jupiter.api.Test;

/** RQ-3 "Richiesta Furto Black Box", as CCSE records it on the vehicle. */
class VehicleBlackBoxTest {

  private final FileFixture f = new FileFixture();
  private final Vehicle truck =
      new Vehicle("AB123CD", "Autocarro", f.transport, BlackBoxState.INSTALLED, "VB-200001");

  @Test
  void rq3AStolenBlackBoxRecordsTheWorkshopAndKeepsTheVehicleDevice() {
    truck.reportBlackBoxTheft(" Officina Rossi ", false);

    assertEquals(BlackBoxState.STOLEN, truck.getBlackBoxState());
    assertEquals("Officina Rossi", truck.getBlackBoxWorkshop());
    assertEquals("VB-200001", truck.getDeviceSerial());
    assertEquals("blackBox.STOLEN", truck.getBlackBoxState().labelKey());
  }

  @Test
  void rq3WithTheUsbDeviceLostTheVehicleDeviceIsDroppedForTheNewOne() {
    truck.reportBlackBoxTheft("Officina Rossi", true);

    assertEquals(null, truck.getDeviceSerial());
  }

  @Test
  void rq3OnlyAnInstalledBlackBoxIsStolen() {
    var notInstalled =
        new Vehicle("IL789MN", "Autocarro", f.transport, BlackBoxState.TO_INSTALL, null);
    truck.reportBlackBoxTheft("Officina Rossi", false);

    for (var vehicle : new Vehicle[] {notInstalled, truck}) {
      var refused =
          assertThrows(
              InvalidValueException.class, () -> vehicle.reportBlackBoxTheft("Officina", false));
      assertEquals("file.blackBoxNotInstalled", refused.messageKey());
    }
  }

  @Test
  void rq3TheWorkshopIsRequired() {
    var refused =
        assertThrows(InvalidValueException.class, () -> truck.reportBlackBoxTheft(" ", false));

    assertEquals("validation.required", refused.messageKey());
    assertEquals(BlackBoxState.INSTALLED, truck.getBlackBoxState());
  }
}
