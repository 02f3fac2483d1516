package it.ccse.anagrafica.sectors.domain;

import it.ccse.anagrafica.company.domain.Company;
import it.ccse.anagrafica.documents.domain.FilledTemplate;
import it.ccse.anagrafica.documents.domain.FilledTemplate.Block;
import it.ccse.anagrafica.documents.domain.FilledTemplate.Field;
import it.ccse.anagrafica.documents.domain.FilledTemplate.Paragraph;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * SE-5 "scarica il template": the self-certification of an activity sector, a declaration under
 * articles 46 and 47 of DPR 445/2000, filled with what the portal knows — the company and its legal
 * representative from the validated company data, the sector's type, services, start date, legal
 * nature, the ATOs of each service by name and the account it is paid on — and with blank fields
 * for place, date and signature. The operator completes it, signs it and uploads it with "Carica
 * autocertificazione". An unsaved sector leaves its own fields blank. The text is Italian, as the
 * law it cites.
 */
public final class SelfCertificationTemplate {

  static final String TITLE =
      "Autocertificazione del settore di attività ai sensi degli artt. 46 e 47 del DPR 445/2000";
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ITALY);

  private SelfCertificationTemplate() {}

  /**
   * The template of {@code sector} of {@code company}.
   *
   * @param atos the ATOs the sector names (others are ignored); one missing prints its code
   */
  public static FilledTemplate of(Company company, ActivitySector sector, Collection<Ato> atos) {
    var type = sector.type();
    var bank = sector.bank(company.getBankAccount());
    var representative = company.getLegalRepresentative();
    var blocks = new ArrayList<Block>();
    blocks.add(
        new Paragraph(
            "Dichiarazione sostitutiva di certificazione e dell’atto di notorietà (artt. 46 e 47"
                + " del DPR 28 dicembre 2000, n. 445) resa a CCSE – Cassa per i servizi"
                + " energetici e ambientali, Anagrafica Operatori."));
    blocks.add(new Paragraph("Il/La sottoscritto/a"));
    blocks.add(field("nome", "Nome", representative.getName()));
    blocks.add(field("cognome", "Cognome", representative.getSurname()));
    blocks.add(
        field("codiceFiscaleRappresentante", "Codice fiscale", representative.getCodiceFiscale()));
    blocks.add(new Paragraph("in qualità di legale rappresentante dell’impresa"));
    blocks.add(field("ragioneSociale", "Ragione sociale", company.getRagioneSociale()));
    blocks.add(field("codiceFiscale", "Codice fiscale dell’impresa", company.getCodiceFiscale()));
    blocks.add(field("partitaIva", "Partita IVA", company.getPartitaIva()));
    blocks.add(
        new Paragraph(
            "consapevole delle sanzioni penali previste dall’art. 76 del DPR 445/2000 per le"
                + " ipotesi di falsità in atti e di dichiarazioni mendaci, e della decadenza dai"
                + " benefici eventualmente conseguiti sulla base di dichiarazioni non veritiere"
                + " (art. 75 del medesimo decreto),"));
    blocks.add(new Paragraph("DICHIARA che l’impresa svolge il seguente settore di attività:"));
    blocks.add(field("tipologia", "Tipologia", type.map(SectorType::getLabel).orElse("")));
    var services = services(sector);
    blocks.add(new Field("servizi", "Servizi", String.join(", ", services.values()), 1));
    blocks.add(
        field(
            "dataInizio",
            "Data d’inizio dell’attività",
            sector.getStartDate() == null ? "" : sector.getStartDate().format(DATE)));
    blocks.add(
        field(
            "naturaGiuridica",
            "Natura giuridica del soggetto",
            sector.getLegalNature() == null ? "" : sector.getLegalNature().italianName()));
    if (type.map(SectorType::isWater).orElse(false)) {
      blocks.add(
          new Field(
              "ato",
              "ATO in cui è svolto ciascun servizio",
              atoLines(sector, services, atos),
              Math.max(1, services.size())));
    }
    blocks.add(field("iban", "IBAN del conto su cui è pagato il settore", bank.getIban()));
    blocks.add(field("banca", "Nominativo della banca", bank.getBankName()));
    blocks.add(
        new Paragraph(
            "Dichiara inoltre di essere informato/a, ai sensi del Regolamento (UE) 2016/679, che"
                + " i dati personali raccolti saranno trattati, anche con strumenti informatici,"
                + " esclusivamente nell’ambito del procedimento per il quale la presente"
                + " dichiarazione viene resa."));
    blocks.add(new Field("luogo", "Luogo", "", 1));
    blocks.add(new Field("data", "Data", "", 1));
    blocks.add(new Field("firma", "Firma del legale rappresentante", "", 2));
    blocks.add(
        new Paragraph(
            "La dichiarazione è sottoscritta con firma digitale oppure con firma autografa,"
                + " allegando copia di un documento d’identità del sottoscrittore in corso di"
                + " validità (art. 38 del DPR 445/2000)."));
    return new FilledTemplate(fileName(sector), TITLE, blocks);
  }

  /** {@code autocertificazione-settore-servizio-idrico}; without a type yet, no suffix. */
  static String fileName(ActivitySector sector) {
    return sector
        .type()
        .map(
            t ->
                "autocertificazione-settore-"
                    + t.getCode().toLowerCase(Locale.ROOT).replace('_', '-'))
        .orElse("autocertificazione-settore");
  }

  private static Field field(String name, String label, String value) {
    return new Field(name, label, value == null ? "" : value, 1);
  }

  /** The sector's services, code to readable name, in the order saved. */
  private static Map<String, String> services(ActivitySector sector) {
    var names = new LinkedHashMap<String, String>();
    for (String code : sector.getServices()) {
      names.put(
          code, sector.type().flatMap(t -> t.service(code)).map(SectorService::label).orElse(code));
    }
    return names;
  }

  /** One line per service: "Acquedotto: ATO 3 Torinese, ATO Milano". */
  private static String atoLines(
      ActivitySector sector, Map<String, String> services, Collection<Ato> atos) {
    Map<String, String> names =
        atos.stream().collect(Collectors.toMap(Ato::getCode, Ato::getName, (a, b) -> a));
    Function<SectorAto, String> name = a -> names.getOrDefault(a.atoCode(), a.atoCode());
    var lines = new ArrayList<String>();
    services.forEach(
        (code, label) -> {
          List<String> ofService =
              sector.getAtos().stream()
                  .filter(a -> a.serviceCode().equals(code))
                  .map(name)
                  .toList();
          if (!ofService.isEmpty()) {
            lines.add(label + ": " + String.join(", ", ofService));
          }
        });
    return String.join("\n", lines);
  }
}
