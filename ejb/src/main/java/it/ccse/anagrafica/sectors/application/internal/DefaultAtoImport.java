package it.ccse.anagrafica.sectors.application.internal;

import it.ccse.anagrafica.sectors.application.AtoCsv;
import it.ccse.anagrafica.sectors.application.AtoImport;
import it.ccse.anagrafica.sectors.domain.Ato;
import it.ccse.anagrafica.sectors.domain.SectorReferenceRepository;
import it.ccse.anagrafica.shared.application.AuditTrail;
import it.ccse.anagrafica.shared.application.ReferenceData;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** SE-3: CCSE's ATO list imported all or nothing, known codes updated, none deleted. */
@Stateless
@RolesAllowed({"BACKOFFICE", "ADMIN"})
public class DefaultAtoImport implements AtoImport {

  @Inject private SectorReferenceRepository references;
  @EJB private ReferenceData places;
  @EJB private AuditTrail audit;
  @Resource private SessionContext session;

  @Override
  public AtoImportReport importCsv(String fileName, InputStream csv) {
    var regions =
        places.regions().stream().map(ReferenceData.Option::value).collect(Collectors.toSet());
    var read = AtoCsv.read(new InputStreamReader(csv, StandardCharsets.UTF_8), regions);
    if (!read.problems().isEmpty()) {
      return new AtoImportReport(0, 0, read.problems());
    }
    Map<String, Ato> known =
        references.allAtos().stream().collect(Collectors.toMap(Ato::getCode, Function.identity()));
    int added = 0;
    int updated = 0;
    for (Ato line : read.atos()) {
      var existing = known.get(line.getCode());
      if (existing == null) {
        references.store(line);
        added++;
      } else {
        existing.takeFrom(line);
        updated++;
      }
    }
    audit.record(
        session.getCallerPrincipal().getName(),
        "ATO_IMPORTED",
        fileName,
        "aggiunti " + added + ", aggiornati " + updated);
    return new AtoImportReport(added, updated, List.of());
  }

  @Override
  public List<AtoRow> all() {
    return references.allAtos().stream()
        .map(
            a ->
                new AtoRow(
                    a.getRegionCode(), a.getCode(), a.getName(), a.getValidFrom(), a.getValidTo()))
        .toList();
  }
}
