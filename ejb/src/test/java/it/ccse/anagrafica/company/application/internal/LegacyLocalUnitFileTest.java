package it.ccse.anagrafica.company.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** ON-7 with MD-12: reading the legacy registry's local units file. */
class LegacyLocalUnitFileTest {

  private static final String HEADER =
      "codice_fiscale;id_unita;nome;indirizzo;civico;cap;comune_istat;ula\n";
  private static final String UNIT = "01234560017;U-1;Deposito Nord;Via Cigna;96;10152;001272;12\n";

  @Test
  void on7ALocalUnitsLineGivesItsValues() {
    var unit = LegacyLocalUnitFile.localUnit(LegacyLocalUnitFile.read(bytes(HEADER + UNIT)).get(0));

    assertEquals("U-1", unit.legacyKey());
    assertEquals("Deposito Nord", unit.name());
    assertEquals("10152", unit.cap());
    assertEquals("001272", unit.comuneIstatCode());
    assertEquals(12, unit.employees());
  }

  @Test
  void on7TheUlaMayBeLeftOutButIsAWholeNumberFromZero() {
    var rows =
        LegacyLocalUnitFile.read(
            bytes(
                HEADER
                    + UNIT.replace(";12", ";")
                    + UNIT.replace(";12", ";-1")
                    + UNIT.replace(";12", ";2,5")));

    assertNull(LegacyLocalUnitFile.localUnit(rows.get(0)).employees());
    for (var row : rows.subList(1, 3)) {
      var e = assertThrows(InvalidFieldException.class, () -> LegacyLocalUnitFile.localUnit(row));
      assertEquals("ula", LegacyLocalUnitFile.Column.ofField(e.field()));
      assertEquals("legacyImport.ula", e.messageKey());
    }
  }

  @Test
  void on7AMissingValueIsRefusedInItsColumnAndTheRulesFieldsMapToColumns() {
    var row = LegacyLocalUnitFile.read(bytes(HEADER + UNIT.replace("10152", ""))).get(0);

    var e = assertThrows(InvalidFieldException.class, () -> LegacyLocalUnitFile.localUnit(row));

    assertEquals("cap", LegacyLocalUnitFile.Column.ofField(e.field()));
    assertEquals("comune_istat", LegacyLocalUnitFile.Column.ofField("comune"));
    assertEquals("indirizzo", LegacyLocalUnitFile.Column.ofField("street"));
    assertEquals("id_unita", LegacyLocalUnitFile.Column.ofField("legacyKey"));
  }

  @Test
  void on7AFileWithoutTheUnitsKeyIsRefusedWhole() {
    var e =
        assertThrows(
            InvalidFieldException.class,
            () -> LegacyLocalUnitFile.read(bytes(HEADER.replace("id_unita;", "") + "x\n")));

    assertEquals("legacyImport.missingColumns", e.messageKey());
    assertEquals("id_unita", e.arguments()[0]);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
