package it.ccse.anagrafica.web.practices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.ccse.anagrafica.practices.application.PracticeViews.PracticeView;
import it.ccse.anagrafica.practices.domain.PracticeState;
import it.ccse.anagrafica.practices.domain.PracticeType;
import it.ccse.anagrafica.shared.domain.Address;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** RQ-1..RQ-3: what SALVA sends of a draft's form, and the form a saved draft reopens with. */
class PracticeDetailsFormTest {

  private static final Address TORINO =
      Address.asRecorded("Via Roma", "1", "10121", "01", "TO", "001272");

  @Test
  void rq1_nothingTypedInThePickerIsNoAddress() {
    var form = PracticeDetailsForm.of(draft(PracticeType.UNIT_TRANSFER, null, null, null));
    form.setNewSiteName("Magazzino Nord");
    form.getNewAddress().setStreet("  ");

    var details = form.details();

    assertEquals("Magazzino Nord", details.newName());
    assertNull(details.newAddress());
  }

  @Test
  void rq1_theTransferAddressGoesAsTypedForTheServiceToCheck() {
    var form = PracticeDetailsForm.of(draft(PracticeType.UNIT_TRANSFER, null, null, null));
    var a = form.getNewAddress();
    a.setStreet("Via Roma");
    a.setStreetNumber("1");
    a.setCap("10121");
    a.setRegionCode("01");
    a.setProvinceSigla("TO");
    a.setComuneIstatCode("001272");

    assertEquals(TORINO, form.details().newAddress());
  }

  @Test
  void rq2_anotherShippingAddressOnlyWhenTicked() {
    var form =
        PracticeDetailsForm.of(draft(PracticeType.DEVICE_DUPLICATE, null, TORINO, "Ufficio"));
    assertTrue(form.isOtherShipping());
    assertEquals(TORINO, form.details().shippingAddress());
    assertEquals("Ufficio", form.details().recipient());

    form.setOtherShipping(false);

    assertFalse(form.details().otherShipping());
    assertNull(form.details().shippingAddress());
    assertNull(form.details().recipient());
  }

  @Test
  void rq1_aSavedDraftReopensWithWhatWasSaved() {
    var form = PracticeDetailsForm.of(draft(PracticeType.UNIT_TRANSFER, TORINO, null, null));

    assertEquals("001272", form.getNewAddress().getComuneIstatCode());
    assertEquals("10121", form.getNewAddress().getCap());
    assertFalse(form.isOtherShipping());
    assertEquals(TORINO, form.details().newAddress());
  }

  private static PracticeView draft(
      PracticeType type, Address newAddress, Address shipping, String recipient) {
    return new PracticeView(
        "0f8fad5b-d9cb-469f-a165-70867728950e",
        0,
        null,
        type,
        PracticeState.DRAFT,
        "target",
        "Target",
        newAddress == null ? null : "Magazzino",
        newAddress,
        shipping,
        recipient,
        false,
        null,
        List.of(),
        Set.of(),
        null,
        true,
        null,
        false,
        false,
        "Azienda",
        "mario",
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }
}
