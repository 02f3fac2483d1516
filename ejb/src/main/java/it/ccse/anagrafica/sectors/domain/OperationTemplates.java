package it.ccse.anagrafica.sectors.domain;

import it.ccse.anagrafica.documents.domain.FilledTemplate;
import it.ccse.anagrafica.documents.domain.FilledTemplate.Block;
import it.ccse.anagrafica.documents.domain.FilledTemplate.Field;
import it.ccse.anagrafica.documents.domain.FilledTemplate.Paragraph;
import java.util.ArrayList;
import java.util.List;

/**
 * OP-1: the template of each corporate operation, a self-certification "ai sensi del DPR 445/2000"
 * filled with what the portal knows of the company — ragione sociale, codice fiscale, partita IVA,
 * registered office, legal representative — and blank fields for what only the operator knows: the
 * deed's date, the effective date, the other party, notes, place, date and signature. The documents
 * area lays it out as a fillable PDF and as a DOCX.
 */
public final class OperationTemplates {

  static final String DPR_445 =
      "Dichiarazione sostitutiva di certificazione e di atto di notorietà"
          + " (artt. 46 e 47 del DPR 28 dicembre 2000, n. 445)";

  private OperationTemplates() {}

  public static FilledTemplate of(OperationKind kind, CompanyParticulars company) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Paragraph(DPR_445));
    blocks.add(
        new Paragraph(
            "Il/La sottoscritto/a, in qualità di legale rappresentante dell’impresa di seguito"
                + " indicata, consapevole delle sanzioni penali previste dall’art. 76 del DPR"
                + " 445/2000 per le dichiarazioni mendaci, la formazione o l’uso di atti falsi, e"
                + " della decadenza dai benefici prevista dall’art. 75,"));
    blocks.add(
        filled("legaleRappresentante", "Legale rappresentante", company.legalRepresentative()));
    blocks.add(
        filled(
            "codiceFiscaleLegaleRappresentante",
            "Codice fiscale del legale rappresentante",
            company.legalRepresentativeCodiceFiscale()));
    blocks.add(filled("ragioneSociale", "Ragione sociale", company.ragioneSociale()));
    blocks.add(filled("codiceFiscale", "Codice fiscale", company.codiceFiscale()));
    blocks.add(filled("partitaIva", "Partita IVA", company.partitaIva()));
    blocks.add(filled("sedeLegale", "Sede legale", company.registeredOffice()));
    blocks.add(new Paragraph("DICHIARA"));
    blocks.add(new Paragraph(kind.declaration()));
    if (kind.isDescribed()) {
      blocks.add(blank("descrizioneOperazione", "Descrizione dell’operazione societaria", 4));
    }
    blocks.add(blank("dataAtto", "Data dell’atto notarile", 1));
    blocks.add(blank("dataEfficacia", "Data di efficacia dell’operazione", 1));
    kind.counterpartyLabel().ifPresent(label -> blocks.add(blank("controparte", label, 2)));
    blocks.add(blank("note", "Note", 3));
    blocks.add(
        new Paragraph(
            "Allega l’atto notarile attestante l’operazione, che carica nella maschera"
                + " «Operazioni Societarie» con «Carica atto notarile», e copia di un documento"
                + " d’identità in corso di validità del dichiarante."));
    blocks.add(
        new Paragraph(
            "Dichiara di essere informato/a, ai sensi del Regolamento (UE) 2016/679, che i dati"
                + " personali raccolti saranno trattati da CCSE esclusivamente nell’ambito del"
                + " procedimento per il quale la presente dichiarazione viene resa."));
    blocks.add(blank("luogoData", "Luogo e data", 1));
    blocks.add(blank("firma", "Firma del legale rappresentante", 2));
    return new FilledTemplate(
        "operazione-societaria-" + kind.slug(),
        "Comunicazione di operazione societaria: " + kind.label(),
        blocks);
  }

  private static Field filled(String name, String label, String value) {
    return new Field(name, label, value, 1);
  }

  private static Field blank(String name, String label, int lines) {
    return new Field(name, label, "", lines);
  }
}
