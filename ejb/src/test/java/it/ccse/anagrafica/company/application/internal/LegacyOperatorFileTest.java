package it.ccse.anagrafica.company.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** ON-7: reading the legacy registry's CSV export. */
class LegacyOperatorFileTest {

  private static final String HEADER =
      "codice_fiscale;partita_iva;ragione_sociale;forma_giuridica;indirizzo;civico;cap;comune_istat;"
          + "legale_rappresentante_nome;legale_rappresentante_cognome;"
          + "legale_rappresentante_codice_fiscale;email;pec\n";
  private static final String ROW =
      "12345670017;12345670017;Ditta Più S.r.l.;SRL;Via Roma;1;10121;001272;"
          + "Mario;Rossi;RSSMRA85T10A562S;info@ditta.it;ditta@pec.it\n";

  @Test
  void on7ReadsEachRowWithItsLineNumberAndAccents() {
    var rows = LegacyOperatorFile.read(bytes("\uFEFF" + HEADER + ROW + "\n" + ROW));

    assertEquals(2, rows.size());
    assertEquals(2, rows.get(0).line());
    assertEquals(4, rows.get(1).line());
    assertEquals("Ditta Più S.r.l.", rows.get(0).data().getRagioneSociale());
    assertEquals("001272", rows.get(0).data().getComuneIstatCode());
    assertNull(rows.get(0).data().getBankAccount().getIban());
    assertEquals(Optional.empty(), rows.get(0).missingColumn());
  }

  @Test
  void on7AnEmptyRequiredValueIsNamedByItsColumn() {
    var rows = LegacyOperatorFile.read(bytes(HEADER + ROW.replace("Via Roma", " ")));

    assertEquals(Optional.of("indirizzo"), rows.get(0).missingColumn());
  }

  @Test
  void on7AWrongNumberOfColumnsIsThatLinesError() {
    var rows = LegacyOperatorFile.read(bytes(HEADER + "12345670017;solo due\n" + ROW));

    assertEquals("legacyImport.columnCount", rows.get(0).error().messageKey());
    assertNull(rows.get(1).error());
    assertEquals(3, rows.get(1).line());
  }

  @Test
  void on7AFileWithoutTheRequiredColumnsIsRefusedAsAWhole() {
    var e =
        assertThrows(
            InvalidFieldException.class,
            () -> LegacyOperatorFile.read(bytes("codice_fiscale;pec\n12345670017;a@pec.it\n")));

    assertEquals("file", e.field());
    assertEquals("legacyImport.missingColumns", e.messageKey());
  }

  @Test
  void on7AFileThatIsNotUtf8OrHasNoRowsIsRefused() {
    byte[] latin1 = (HEADER + ROW).getBytes(StandardCharsets.ISO_8859_1);

    assertEquals(
        "legacyImport.notUtf8",
        assertThrows(InvalidFieldException.class, () -> LegacyOperatorFile.read(latin1))
            .messageKey());
    assertEquals(
        "legacyImport.noRows",
        assertThrows(InvalidFieldException.class, () -> LegacyOperatorFile.read(bytes(HEADER)))
            .messageKey());
  }

  @Test
  void on7RuleFailuresAreReportedUnderTheColumnName() {
    assertEquals(
        "legale_rappresentante_codice_fiscale",
        LegacyOperatorFile.Column.ofField("legalRepCodiceFiscale"));
    assertEquals("comune_istat", LegacyOperatorFile.Column.ofField("comune"));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
