package it.ccse.anagrafica.company.application.internal;

import it.ccse.anagrafica.company.application.LegacyCompanies;
import it.ccse.anagrafica.company.application.LegacyImportReport;
import it.ccse.anagrafica.company.application.LegacyImportReport.Line;
import it.ccse.anagrafica.company.application.LocalUnitLegacyImport;
import it.ccse.anagrafica.company.domain.CompanyRepository;
import it.ccse.anagrafica.shared.application.AuditTrail;
import it.ccse.anagrafica.shared.application.csv.LegacyCsv;
import it.ccse.anagrafica.shared.domain.Address;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import it.ccse.anagrafica.shared.domain.LegacyKey;
import it.ccse.anagrafica.shared.domain.Territory;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** ON-7: the legacy registry's local units, one transaction per file. */
@Stateless
@RolesAllowed({"BACKOFFICE", "ADMIN"})
public class DefaultLocalUnitLegacyImport implements LocalUnitLegacyImport {

  @Inject private CompanyRepository companies;
  @Inject private Territory territory;
  @Inject private LegacyCompanies legacyCompanies;
  @EJB private AuditTrail audit;
  @Resource private SessionContext session;

  @Override
  public LegacyImportReport importLocalUnits(byte[] csv) {
    Map<String, Long> seen = new HashMap<>();
    List<Line> lines = new ArrayList<>();
    for (var row : LegacyLocalUnitFile.read(csv)) {
      lines.add(importRow(row, seen));
    }
    var report = new LegacyImportReport(lines);
    audit.record(
        session.getCallerPrincipal().getName(),
        "LEGACY_IMPORT_LOCAL_UNITS",
        lines.size() + " lines",
        report.summary());
    return report;
  }

  private Line importRow(LegacyCsv.Row row, Map<String, Long> seen) {
    String codiceFiscale = row.value(LegacyLocalUnitFile.Column.CODICE_FISCALE.header());
    try {
      var unit = LegacyLocalUnitFile.localUnit(row);
      var target = legacyCompanies.find(unit.codiceFiscale());
      codiceFiscale = target.codiceFiscale();
      String key = InvalidFieldException.naming("legacyKey", () -> LegacyKey.of(unit.legacyKey()));
      Long earlier = seen.putIfAbsent(codiceFiscale + "/" + key, row.line());
      if (earlier != null) {
        throw new InvalidFieldException("legacyKey", "legacyImport.duplicateInFile", earlier);
      }
      var company = companies.find(target.id()).orElseThrow();
      if (company.importedLocalUnit(key).isPresent()) {
        return Line.alreadyPresent(row.line(), codiceFiscale);
      }
      target.requireUntouched();
      company.importLocalUnit(key, unit.name(), address(unit), unit.employees());
      return Line.imported(row.line(), codiceFiscale);
    } catch (InvalidValueException e) {
      String column =
          e instanceof InvalidFieldException f
              ? LegacyLocalUnitFile.Column.ofField(f.field())
              : null;
      return Line.rejected(row.line(), codiceFiscale, column, e);
    }
  }

  /** MD-12's address rules; region and province follow from the comune, as for the companies. */
  private Address address(LegacyLocalUnitFile.LocalUnitLine unit) {
    String province =
        territory
            .provinceOfComune(unit.comuneIstatCode())
            .orElseThrow(
                () ->
                    new InvalidFieldException(
                        "comune", "validation.address.comuneUnknown", unit.comuneIstatCode()));
    return Address.asRecorded(
            unit.street(),
            unit.streetNumber(),
            unit.cap(),
            territory.regionOfProvince(province).orElseThrow(),
            province,
            unit.comuneIstatCode())
        .checked(territory);
  }
}
