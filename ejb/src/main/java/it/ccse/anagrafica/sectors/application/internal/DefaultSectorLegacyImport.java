package it.ccse.anagrafica.sectors.application.internal;

import it.ccse.anagrafica.company.application.LegacyCompanies;
import it.ccse.anagrafica.company.application.LegacyImportReport;
import it.ccse.anagrafica.company.application.LegacyImportReport.Line;
import it.ccse.anagrafica.sectors.application.SectorLegacyImport;
import it.ccse.anagrafica.sectors.domain.ActivitySector;
import it.ccse.anagrafica.sectors.domain.ActivitySectorRepository;
import it.ccse.anagrafica.sectors.domain.ChosenAto;
import it.ccse.anagrafica.sectors.domain.SectorContact;
import it.ccse.anagrafica.sectors.domain.SectorReferenceRepository;
import it.ccse.anagrafica.shared.application.AuditTrail;
import it.ccse.anagrafica.shared.application.csv.LegacyCsv;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import it.ccse.anagrafica.shared.domain.LegacyKey;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * ON-7: the legacy registry's sectors and their contacts, one transaction per file, every value
 * through the sector's own rules ({@link ActivitySector#imported}, {@link SectorContact#of}).
 */
@Stateless
@RolesAllowed({"BACKOFFICE", "ADMIN"})
public class DefaultSectorLegacyImport implements SectorLegacyImport {

  @Inject private ActivitySectorRepository sectors;
  @Inject private SectorReferenceRepository references;
  @Inject private Clock clock;
  @Inject private LegacyCompanies legacyCompanies;
  @Inject private SectorViewMapper mapper;
  @EJB private AuditTrail audit;
  @Resource private SessionContext session;

  @Override
  public LegacyImportReport importSectors(byte[] csv) {
    var now = LocalDateTime.now(clock);
    Map<String, Long> seen = new HashMap<>();
    return report(
        "LEGACY_IMPORT_SECTORS",
        LegacySectorFiles.read(csv, LegacySectorFiles.SECTORS),
        row -> sectorRow(row, seen, now));
  }

  @Override
  public LegacyImportReport importContacts(byte[] csv) {
    return report(
        "LEGACY_IMPORT_CONTACTS",
        LegacySectorFiles.read(csv, LegacySectorFiles.CONTACTS),
        this::contactRow);
  }

  private LegacyImportReport report(
      String action, List<LegacyCsv.Row> rows, Function<LegacyCsv.Row, Line> importRow) {
    List<Line> lines = new ArrayList<>();
    rows.forEach(row -> lines.add(importRow.apply(row)));
    var report = new LegacyImportReport(lines);
    audit.record(caller(), action, lines.size() + " lines", report.summary());
    return report;
  }

  private Line sectorRow(LegacyCsv.Row row, Map<String, Long> seen, LocalDateTime now) {
    String codiceFiscale = row.value("codice_fiscale");
    try {
      var line = LegacySectorFiles.sector(row);
      var company = legacyCompanies.find(line.codiceFiscale());
      codiceFiscale = company.codiceFiscale();
      String key = key(line.legacyKey());
      Long earlier = seen.putIfAbsent(codiceFiscale + "/" + key, row.line());
      if (earlier != null) {
        throw new InvalidFieldException("legacyKey", "legacyImport.duplicateInFile", earlier);
      }
      if (sectors.findImported(company.id(), key).isPresent()) {
        return Line.alreadyPresent(row.line(), codiceFiscale);
      }
      company.requireUntouched();
      var type =
          references
              .type(line.typeCode())
              .orElseThrow(
                  () ->
                      new InvalidFieldException(
                          "type", "legacyImport.sectorType", line.typeCode()));
      var atos =
          line.atos().stream()
              .map(
                  choice ->
                      new ChosenAto(
                          choice.serviceCode(),
                          references
                              .ato(choice.atoCode())
                              .orElseThrow(
                                  () ->
                                      new InvalidFieldException(
                                          "ato", "legacyImport.atoUnknown", choice.atoCode()))))
              .toList();
      var sector =
          ActivitySector.imported(
              company.id(),
              key,
              line.startDate(),
              line.legalNature(),
              type,
              line.serviceCodes(),
              atos,
              line.iban(),
              line.bankName(),
              line.note(),
              caller(),
              now);
      sectors.store(sector);
      sector.importedAs(mapper.summary(sector));
      return Line.imported(row.line(), codiceFiscale);
    } catch (InvalidValueException e) {
      return Line.rejected(row.line(), codiceFiscale, column(LegacySectorFiles.SECTORS, e), e);
    }
  }

  private Line contactRow(LegacyCsv.Row row) {
    String codiceFiscale = row.value("codice_fiscale");
    try {
      var line = LegacySectorFiles.contact(row);
      var company = legacyCompanies.find(line.codiceFiscale());
      codiceFiscale = company.codiceFiscale();
      String key = key(line.legacyKey());
      var sector =
          sectors
              .findImported(company.id(), key)
              .orElseThrow(
                  () -> new InvalidFieldException("legacyKey", "legacyImport.sectorUnknown", key));
      var contact =
          SectorContact.of(line.name(), line.surname(), line.role(), line.phone(), line.email());
      if (sector.getContacts().stream().anyMatch(contact::sameAs)) {
        return Line.alreadyPresent(row.line(), codiceFiscale);
      }
      company.requireUntouched();
      sector.addImportedContact(contact);
      sector.importedAs(mapper.summary(sector));
      return Line.imported(row.line(), codiceFiscale);
    } catch (InvalidValueException e) {
      return Line.rejected(row.line(), codiceFiscale, column(LegacySectorFiles.CONTACTS, e), e);
    }
  }

  private static String column(List<LegacySectorFiles.Column> columns, InvalidValueException e) {
    return e instanceof InvalidFieldException f
        ? LegacySectorFiles.column(columns, f.field())
        : null;
  }

  private static String key(String value) {
    return InvalidFieldException.naming("legacyKey", () -> LegacyKey.of(value));
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
