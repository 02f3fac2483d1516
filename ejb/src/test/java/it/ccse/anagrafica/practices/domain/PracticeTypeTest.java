package it.ccse.anagrafica.practices.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.ccse.anagrafica.fees.domain.PriceCode;
import it.ccse.anagrafica.file.domain.EditScope;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Each practice type's rules (RQ-1..RQ-3, RQ-2b, ST-1): targets, documents, cost, ANNULLA. */
class PracticeTypeTest {

  private final PracticeFixture p = new PracticeFixture();
  private final EditScope legalRepresentative = EditScope.wholeFile();

  @Test
  void rq1CompanyPracticesAreOfferedOnLocalUnitsNeverOnTheRegisteredOffice() {
    var second = p.f.company.addLocalUnit("unit-2", "Magazzino");

    assertEquals(
        List.of(
            new PracticeTarget("unit-1", "Stabilimento"),
            new PracticeTarget("unit-2", "Magazzino")),
        PracticeType.UNIT_TRANSFER.eligibleTargets(p.targets, legalRepresentative));

    second.close(PracticeFixture.AT);

    assertEquals(
        List.of(new PracticeTarget("unit-1", "Stabilimento")),
        PracticeType.UNIT_CLOSURE.eligibleTargets(p.targets, legalRepresentative));
  }

  @Test
  void rq1ADelegateIsOfferedOnlyTheSitesOfTheDeviceInUse() {
    p.f.company.addLocalUnit("unit-2", "Magazzino");

    assertEquals(
        List.of(new PracticeTarget("unit-1", "Stabilimento")),
        PracticeType.UNIT_CLOSURE.eligibleTargets(p.targets, EditScope.siteOf(p.f.unitDevice)));
    assertEquals(
        List.of(),
        PracticeType.UNIT_CLOSURE.eligibleTargets(p.targets, EditScope.siteOf(p.f.officeDevice)));
    assertEquals(
        List.of(new PracticeTarget("dev-unit", "USB-0002")),
        PracticeType.DEVICE_DUPLICATE.eligibleTargets(p.targets, EditScope.siteOf(p.f.unitDevice)));
  }

  @Test
  void rq1OnlyTheLegalRepresentativeFilesTheCessation() {
    var delegate = EditScope.siteOf(p.f.unitDevice);

    assertEquals(
        List.of(PracticeType.UNIT_TRANSFER, PracticeType.UNIT_CLOSURE),
        PracticeType.offered(PracticeGroup.COMPANY, delegate));
    assertEquals(List.of(), PracticeType.COMPANY_CESSATION.eligibleTargets(p.targets, delegate));
    assertEquals(
        List.of(new PracticeTarget("12345670017", "Prova S.r.l.")),
        PracticeType.COMPANY_CESSATION.eligibleTargets(p.targets, legalRepresentative));
  }

  @Test
  void rq2OnlyActiveDevicesAreOfferedNeverARequestedOrRevokedOne() {
    p.f.unit.requestDevice("dev-new");
    p.f.officeDevice.revoke(PracticeFixture.AT);

    for (var type : PracticeType.offered(PracticeGroup.USB_DEVICE, legalRepresentative)) {
      assertEquals(
          List.of(new PracticeTarget("dev-unit", "USB-0002")),
          type.eligibleTargets(p.targets, legalRepresentative),
          type.name());
    }
  }

  @Test
  void rq3ABlackBoxTheftIsFiledOnlyOnAVehicleWithItsBlackBoxInstalled() {
    assertEquals(
        List.of(new PracticeTarget("AB123CD", "AB123CD")),
        PracticeType.BLACK_BOX_THEFT.eligibleTargets(p.targets, legalRepresentative));
    // The vehicles belong to the registered office's transport category.
    assertEquals(
        List.of(),
        PracticeType.BLACK_BOX_THEFT.eligibleTargets(p.targets, EditScope.siteOf(p.f.unitDevice)));
  }

  @Test
  void rq3ACompanyWithoutVehiclesHasNoBlackBoxTarget() {
    var noVehicles = new Targets(p.f.company, List.of());

    assertEquals(
        List.of(), PracticeType.BLACK_BOX_THEFT.eligibleTargets(noVehicles, legalRepresentative));
  }

  @Test
  void rq2bANewDeviceIsNeverOfferedInAMenu() {
    assertEquals(List.of(), PracticeType.offered(PracticeGroup.CHANGE_SET, legalRepresentative));
    p.f.unit.requestDevice("dev-new");
    assertEquals(
        List.of(), PracticeType.NEW_DEVICE.eligibleTargets(p.targets, legalRepresentative));
  }

  @ParameterizedTest
  @EnumSource(PracticeType.class)
  void rq1NothingIsOfferedOnceTheCompanyHasCeased(PracticeType type) {
    p.f.company.cease(PracticeFixture.AT);

    assertEquals(List.of(), type.eligibleTargets(p.targets, legalRepresentative));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "UNIT_TRANSFER, SUPPORTING_DOCUMENT",
    "UNIT_CLOSURE, SUPPORTING_DOCUMENT",
    "COMPANY_CESSATION, SUPPORTING_DOCUMENT",
    "DEVICE_DUPLICATE, ''",
    "DEVICE_REPLACEMENT_THEFT, IDENTITY_DOCUMENT THEFT_REPORT",
    "DEVICE_REPLACEMENT_DAMAGE, ''",
    "DEVICE_REPLACEMENT_LOSS, IDENTITY_DOCUMENT LOSS_REPORT",
    "ADDITIONAL_DEVICE, ''",
    "BLACK_BOX_THEFT, IDENTITY_DOCUMENT THEFT_REPORT",
    "NEW_DEVICE, ''"
  })
  void rq1Rq2Rq3EachTypeRequiresItsDocuments(PracticeType type, String documents) {
    Set<DocumentKind> expected =
        Arrays.stream(documents.split(" "))
            .filter(d -> !d.isEmpty())
            .map(DocumentKind::valueOf)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(DocumentKind.class)));

    assertEquals(expected, type.requiredDocuments());
  }

  @ParameterizedTest
  @EnumSource(PracticeType.class)
  void st1AnnullaWhilePresentedExceptForAPracticeOfASignedChange(PracticeType type) {
    for (var state : PracticeState.values()) {
      boolean expected = state == PracticeState.SUBMITTED && type.group().isOffered();
      assertEquals(expected, type.cancellable(state), state.name());
    }
  }

  @ParameterizedTest
  @EnumSource(PracticeType.class)
  void rq2EachTypeHasItsOwnPriceAndOnlyDevicePracticesShip(PracticeType type) {
    assertEquals(
        type == PracticeType.ANNUAL_RENEWAL
            ? Optional.empty()
            : Optional.of(PriceCode.valueOf(type.name())),
        type.priceCode());
    assertEquals(
        type.group() == PracticeGroup.USB_DEVICE || type == PracticeType.NEW_DEVICE,
        type.shipsDevice());
    assertEquals("practice.type." + type.name(), type.labelKey());
  }
}
