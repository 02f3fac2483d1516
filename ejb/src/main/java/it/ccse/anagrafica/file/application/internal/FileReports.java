package it.ccse.anagrafica.file.application.internal;

import it.ccse.anagrafica.documents.domain.TabularReport;
import it.ccse.anagrafica.documents.domain.TabularReport.Fact;
import it.ccse.anagrafica.documents.domain.TabularReport.Section;
import it.ccse.anagrafica.fees.domain.Contribution;
import it.ccse.anagrafica.fees.domain.CostLine;
import it.ccse.anagrafica.file.application.FileViews.FileView;
import it.ccse.anagrafica.file.application.FileViews.SiteView;
import it.ccse.anagrafica.file.application.FileViews.VehicleView;
import it.ccse.anagrafica.file.domain.changes.ChangeLine;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/** The Italian documents of the file: the report of a signed change (MD-9) and VW-6. */
final class FileReports {

  private static final ResourceBundle LABELS =
      ResourceBundle.getBundle("i18n.changes", Locale.ITALIAN, FileReports.class.getClassLoader());
  private static final NumberFormat EURO = NumberFormat.getCurrencyInstance(Locale.ITALY);
  private static final DateTimeFormatter SNAPSHOT =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

  private FileReports() {}

  static String euro(BigDecimal amount) {
    synchronized (EURO) {
      return EURO.format(amount);
    }
  }

  /** MD-9: every operation grouped by site (old → new), then the costs it generates. */
  static TabularReport signedChange(
      String reportId,
      LocalDateTime signedAt,
      FileView file,
      String signer,
      String device,
      List<ChangeLine> lines,
      List<CostLine> costs) {
    List<Section> sections = new ArrayList<>();
    lines.stream()
        .collect(Collectors.groupingBy(ChangeLine::site, LinkedHashMap::new, Collectors.toList()))
        .forEach(
            (site, siteLines) ->
                sections.add(
                    new Section(
                        site,
                        List.of("Operazione", "Oggetto", "Prima", "Dopo"),
                        siteLines.stream()
                            .map(
                                l ->
                                    List.of(
                                        LABELS.getString(l.action()),
                                        l.subject(),
                                        l.before(),
                                        l.after()))
                            .toList())));
    sections.add(costSection(costs));
    return new TabularReport(
        reportId,
        "Report modifiche anagrafica firmate",
        signedAt,
        List.of(
            new Fact("Fascicolo", file.code()),
            new Fact("Azienda", file.ragioneSociale() + " – C.F. " + file.codiceFiscale()),
            new Fact("Firmato con PIN da", signer),
            new Fact("Dispositivo in uso", device == null ? "—" : device)),
        sections);
  }

  private static Section costSection(List<CostLine> costs) {
    List<List<String>> rows = new ArrayList<>();
    costs.forEach(
        c ->
            rows.add(
                List.of(
                    c.description() + (c.sample() ? " (importo di esempio)" : ""),
                    euro(c.amount()))));
    rows.add(List.of("Totale", euro(CostLine.total(costs))));
    return new Section("Dettaglio costi", List.of("Voce", "Importo"), rows);
  }

  /**
   * VW-6 "REPORT AZIENDA": the whole file and the contribution due, line by line. A snapshot that
   * anyone may download at will, so it is named by file and time and takes no number of the signed
   * reports' series (issue 15, finding 10).
   */
  static TabularReport company(
      LocalDateTime now, FileView file, List<VehicleView> vehicles, Contribution contribution) {
    List<Section> sections = new ArrayList<>();
    sections.add(
        new Section(
            "Dati azienda",
            List.of("Dato", "Valore"),
            List.of(
                List.of("Ragione sociale", file.ragioneSociale()),
                List.of("Codice fiscale", file.codiceFiscale()),
                List.of(
                    "Legale rappresentante",
                    file.legalRepresentative().getName()
                        + " "
                        + file.legalRepresentative().getSurname()
                        + " ("
                        + file.legalRepresentative().getCodiceFiscale()
                        + ")"),
                List.of(
                    "Referente",
                    String.join(
                        " ",
                        nonNull(file.contactPerson().getName()),
                        nonNull(file.contactPerson().getSurname()),
                        nonNull(file.contactPerson().getPhone()),
                        nonNull(file.contactPerson().getFax()),
                        nonNull(file.contactPerson().getEmail()))))));
    for (SiteView site : file.sites()) {
      sections.add(siteSection(site));
    }
    if (!vehicles.isEmpty()) {
      sections.add(
          new Section(
              "Veicoli",
              List.of("Targa", "Tipologia", "Categoria", "Black Box", "Dispositivo"),
              vehicles.stream()
                  .map(
                      v ->
                          List.of(
                              v.plate(),
                              v.type(),
                              v.transportCategory(),
                              v.blackBoxState().name(),
                              nonNull(v.deviceSerial())))
                  .toList()));
    }
    List<List<String>> lines = new ArrayList<>();
    contribution
        .lines()
        .forEach(
            l ->
                lines.add(
                    List.of(
                        l.site(),
                        l.category(),
                        l.basis(),
                        l.source() + (l.sample() ? " (importo di esempio)" : ""),
                        euro(l.amount().amount()))));
    lines.add(List.of("Totale", "", "", "", euro(contribution.total().amount())));
    sections.add(
        new Section(
            "Contributo annuale (categorie obbligatorie o con adesione volontaria)",
            List.of("Sede", "Categoria", "Base di calcolo", "Fonte", "Importo"),
            lines));
    return new TabularReport(
        "RA-" + file.code() + "-" + now.format(SNAPSHOT),
        "Report azienda",
        now,
        List.of(
            new Fact("Fascicolo", file.code()),
            new Fact("Codice ERP azienda", file.registryCode())),
        sections);
  }

  private static Section siteSection(SiteView site) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("Indirizzo", "", site.address()));
    rows.add(List.of("Codice ERP", "", nonNull(site.registryCode())));
    if (!site.registeredOffice()) {
      rows.add(List.of("ULA", "", site.employees() == null ? "" : site.employees().toString()));
    }
    site.categories().forEach(c -> rows.add(List.of("Categoria", c.label(), c.details())));
    site.delegates().forEach(d -> rows.add(List.of("Delegato", d.fullName(), d.codiceFiscale())));
    site.devices()
        .forEach(
            d ->
                rows.add(
                    List.of(
                        "Dispositivo",
                        d.label(),
                        d.categories().stream()
                                .map(c -> c.label())
                                .collect(Collectors.joining(", "))
                            + " – "
                            + d.delegates().stream()
                                .map(a -> a.fullName())
                                .collect(Collectors.joining(", ")))));
    return new Section(
        (site.registeredOffice() ? "Sede legale: " : "Unità locale: ") + site.name(),
        List.of("Voce", "Elemento", "Dettaglio"),
        rows);
  }

  private static String nonNull(String value) {
    return value == null ? "" : value;
  }
}
