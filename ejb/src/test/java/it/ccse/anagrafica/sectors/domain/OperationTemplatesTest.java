package it.ccse.anagrafica.sectors.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.ccse.anagrafica.documents.domain.FilledTemplate;
import it.ccse.anagrafica.documents.domain.FilledTemplate.Field;
import it.ccse.anagrafica.documents.domain.FilledTemplate.Paragraph;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** OP-1: each operation's template, filled with the company's data, blank for the operator. */
class OperationTemplatesTest {

  private static final CompanyParticulars COMPANY =
      new CompanyParticulars(
          "Acque del Nord S.p.A.",
          "12345670017",
          "12345670017",
          "Via Roma 1, 10121 Torino (TO)",
          "Mario Rossi",
          "RSSMRA80A01L219X");

  private static Map<String, Field> fields(FilledTemplate template) {
    return template.blocks().stream()
        .filter(Field.class::isInstance)
        .map(Field.class::cast)
        .collect(Collectors.toMap(Field::name, Function.identity()));
  }

  private static List<String> paragraphs(FilledTemplate template) {
    return template.blocks().stream()
        .filter(Paragraph.class::isInstance)
        .map(b -> ((Paragraph) b).text())
        .toList();
  }

  @ParameterizedTest
  @EnumSource(OperationKind.class)
  void op1EveryTemplateIsASelfCertificationFilledWithTheCompanysData(OperationKind kind) {
    var template = OperationTemplates.of(kind, COMPANY);
    var fields = fields(template);

    assertTrue(template.title().endsWith(kind.label()), template.title());
    assertTrue(paragraphs(template).get(0).contains("DPR 28 dicembre 2000, n. 445"));
    assertTrue(paragraphs(template).contains("DICHIARA"));
    assertEquals("Acque del Nord S.p.A.", fields.get("ragioneSociale").value());
    assertEquals("12345670017", fields.get("codiceFiscale").value());
    assertEquals("12345670017", fields.get("partitaIva").value());
    assertEquals("Via Roma 1, 10121 Torino (TO)", fields.get("sedeLegale").value());
    assertEquals("Mario Rossi", fields.get("legaleRappresentante").value());
    assertEquals("RSSMRA80A01L219X", fields.get("codiceFiscaleLegaleRappresentante").value());
    for (String blank : List.of("dataAtto", "dataEfficacia", "note", "luogoData", "firma")) {
      assertEquals("", fields.get(blank).value(), blank + " is left for the operator");
    }
    assertEquals(3, fields.get("note").lines());
    assertEquals(2, fields.get("firma").lines());
    var names = new HashSet<String>();
    template.blocks().stream()
        .filter(Field.class::isInstance)
        .forEach(f -> assertTrue(names.add(((Field) f).name()), "field names are unique"));
  }

  @Test
  void op1EachOperationHasItsOwnFileAndDeclaration() {
    assertEquals(
        List.of(
            "operazione-societaria-cessazione",
            "operazione-societaria-cessione-ramo-azienda",
            "operazione-societaria-fusione-per-incorporazione",
            "operazione-societaria-altro"),
        List.of(OperationKind.values()).stream()
            .map(k -> OperationTemplates.of(k, COMPANY).fileName())
            .toList());
    assertTrue(
        paragraphs(OperationTemplates.of(OperationKind.CESSAZIONE, COMPANY)).stream()
            .anyMatch(p -> p.contains("ha cessato l’attività")));
    assertTrue(
        paragraphs(OperationTemplates.of(OperationKind.CESSIONE_RAMO_AZIENDA, COMPANY)).stream()
            .anyMatch(p -> p.contains("ceduto un ramo d’azienda")));
    assertTrue(
        paragraphs(OperationTemplates.of(OperationKind.FUSIONE_PER_INCORPORAZIONE, COMPANY))
            .stream()
            .anyMatch(p -> p.contains("fusione per incorporazione")));
  }

  @Test
  void op1ACessationHasNoCounterpartyTheOthersAskForIt() {
    assertFalse(
        fields(OperationTemplates.of(OperationKind.CESSAZIONE, COMPANY))
            .containsKey("controparte"));
    var transfer = fields(OperationTemplates.of(OperationKind.CESSIONE_RAMO_AZIENDA, COMPANY));
    assertTrue(transfer.get("controparte").label().startsWith("Cessionario"));
    assertEquals("", transfer.get("controparte").value());
    var merger = fields(OperationTemplates.of(OperationKind.FUSIONE_PER_INCORPORAZIONE, COMPANY));
    assertTrue(merger.get("controparte").label().startsWith("Società incorporante"));
  }

  @Test
  void op1AltroAsksToDescribeTheOperation() {
    var other = fields(OperationTemplates.of(OperationKind.ALTRO, COMPANY));
    assertEquals("", other.get("descrizioneOperazione").value());
    assertEquals(4, other.get("descrizioneOperazione").lines());
    assertFalse(
        fields(OperationTemplates.of(OperationKind.CESSAZIONE, COMPANY))
            .containsKey("descrizioneOperazione"));
  }

  @Test
  void op1WhatThePortalDoesNotKnowIsLeftBlank() {
    var unknown = new CompanyParticulars("Ditta S.r.l.", "12345670017", null, null, null, null);
    var fields = fields(OperationTemplates.of(OperationKind.ALTRO, unknown));
    assertEquals("", fields.get("partitaIva").value());
    assertEquals("", fields.get("sedeLegale").value());
    assertEquals("", fields.get("legaleRappresentante").value());
  }
}
