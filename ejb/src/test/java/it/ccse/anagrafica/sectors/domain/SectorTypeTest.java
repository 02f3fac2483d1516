package it.ccse.anagrafica.sectors.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import it.ccse.anagrafica.shared.domain.NotFoundException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** SE-2: the back office maintains the sector types and their services; codes never change. */
class SectorTypeTest {

  @Test
  void se2ANewTypeHasACodeOfCapitalsAndALabel() {
    var type = SectorType.create(" rifiuti_urbani ", " Gestione rifiuti urbani ", false);

    assertEquals("RIFIUTI_URBANI", type.getCode());
    assertEquals("Gestione rifiuti urbani", type.getLabel());
    assertTrue(type.isActive());
    assertEquals(List.of(), type.getServices());
    refused(
        "typeCode",
        "sectorType.code.format",
        () -> SectorType.create("rifiuti urbani", "X", false));
    refused("typeCode", "sectorType.code.format", () -> SectorType.create("1RIFIUTI", "X", false));
    refused("typeCode", "validation.required", () -> SectorType.create(" ", "X", false));
    refused("typeLabel", "validation.required", () -> SectorType.create("RIFIUTI", " ", false));
  }

  @Test
  void se2ServicesAreAddedOnceAndRenamedByCode() {
    var type = SectorType.create("RIFIUTI", "Rifiuti", false);
    type.addService("raccolta", "Raccolta");
    type.addService("SMALTIMENTO", "Smaltimento");

    refused(
        "serviceCode", "sectorType.service.duplicate", () -> type.addService("RACCOLTA", "Altra"));
    type.renameService("RACCOLTA", "Raccolta differenziata");

    assertEquals(
        List.of("Raccolta differenziata", "Smaltimento"),
        type.getServices().stream().map(SectorService::label).toList());
    assertThrows(NotFoundException.class, () -> type.renameService("ALTRO", "Altro"));
  }

  @Test
  void se2ADeactivatedTypeIsRenamedAndActivatedAgain() {
    var type = SectorType.create("RIFIUTI", "Rifiuti", false);
    type.activate(false);
    refused("label", "validation.required", () -> type.rename(""));
    type.rename("Igiene urbana");

    assertFalse(type.isActive());
    assertEquals("Igiene urbana", type.getLabel());
    type.activate(true);
    assertTrue(type.isActive());
  }

  private static void refused(String field, String key, Executable change) {
    var refused = assertThrows(InvalidFieldException.class, change);
    assertEquals(field, refused.field());
    assertEquals(key, refused.messageKey());
  }
}
