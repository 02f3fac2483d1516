package it.ccse.anagrafica.practices.application.internal;

import it.ccse.anagrafica.documents.domain.TabularReport;
import it.ccse.anagrafica.documents.domain.TabularReport.Fact;
import it.ccse.anagrafica.documents.domain.TabularReport.Section;
import it.ccse.anagrafica.fees.domain.Contribution;
import it.ccse.anagrafica.practices.application.PracticeViews.PracticeView;
import it.ccse.anagrafica.shared.domain.Address;
import it.ccse.anagrafica.shared.domain.PlaceNames;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

/**
 * The report printed at FIRMA (RQ-1..RQ-3): number, type, target, what the type asks, the
 * attachments with their SHA-256, the shipping address and the cost. In Italian, as the manual's.
 */
final class PracticeReports {

  private static final ResourceBundle LABELS = ResourceBundle.getBundle("i18n.practices");

  private PracticeReports() {}

  static TabularReport signed(PracticeView p, LocalDateTime at, PlaceNames places) {
    List<Fact> facts = new ArrayList<>();
    facts.add(new Fact("Numero pratica", p.number()));
    facts.add(new Fact("Tipologia", label(p.type().labelKey())));
    facts.add(new Fact("Azienda", p.companyName()));
    facts.add(new Fact("Oggetto", p.targetName()));
    facts.add(new Fact("Richiedente", p.submittedBy()));
    if (p.newName() != null) {
      facts.add(new Fact("Nuovo nome", p.newName()));
      facts.add(new Fact("Nuovo indirizzo", line(p.newAddress(), places)));
    }
    if (p.type().shipsDevice()) {
      facts.add(
          new Fact(
              "Spedizione",
              p.shippingAddress() == null
                  ? "all’indirizzo dell’unità locale del dispositivo"
                  : p.recipient() + ", " + line(p.shippingAddress(), places)));
    }
    if (p.workshop() != null) {
      facts.add(new Fact("Dispositivo USB perso", p.usbLost() ? "Sì" : "No"));
      facts.add(new Fact("Officina autorizzata", p.workshop()));
    }
    facts.add(
        new Fact(
            "Costo della pratica",
            "€ "
                + p.amountDue().toPlainString()
                + (p.sampleAmount() ? " (importo di esempio)" : "")));
    var attachments =
        p.attachments().stream()
            .map(a -> List.of(label(a.kind().labelKey()), a.fileName(), a.sha256()))
            .toList();
    return new TabularReport(
        p.number(),
        "Pratica " + p.number() + " – " + label(p.type().labelKey()),
        at,
        facts,
        attachments.isEmpty()
            ? List.of()
            : List.of(
                new Section("Allegati", List.of("Documento", "File", "SHA-256"), attachments)));
  }

  /**
   * PY-1: a renewal's report, with one line per category the contribution counted — site, category,
   * basis, amount, fee table row — and its total, as computed at the request.
   */
  static TabularReport renewal(
      PracticeView p, Contribution contribution, LocalDateTime at, PlaceNames places) {
    var report = signed(p, at, places);
    var lines =
        contribution.lines().stream()
            .map(
                l ->
                    List.of(
                        l.site(),
                        l.category(),
                        l.basis(),
                        "€ " + l.amount() + (l.sample() ? " (esempio)" : ""),
                        l.source()))
            .toList();
    List<Section> sections = new ArrayList<>(report.sections());
    sections.add(
        new Section(
            "Contributo annuale (totale € " + contribution.total() + ")",
            List.of("Unità", "Categoria", "Base di calcolo", "Importo", "Tariffa"),
            lines));
    return new TabularReport(
        report.documentId(), report.title(), report.issuedAt(), report.facts(), sections);
  }

  private static String line(Address a, PlaceNames places) {
    return Address.line(
        a.street(),
        a.streetNumber(),
        a.capCode(),
        places.comuneName(a.comuneIstatCode()).orElse(a.comuneIstatCode()),
        a.provinceCode());
  }

  private static String label(String key) {
    return LABELS.getString(key);
  }
}
