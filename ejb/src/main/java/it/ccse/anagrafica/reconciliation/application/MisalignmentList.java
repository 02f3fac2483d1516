package it.ccse.anagrafica.reconciliation.application;

import it.ccse.anagrafica.reconciliation.domain.MisalignmentFilter;
import it.ccse.anagrafica.reconciliation.domain.MisalignmentRepository;
import it.ccse.anagrafica.shared.application.csv.SpreadsheetCsv;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** AD-4: CCSE's list of misalignments, filtered, paged and exported as CSV. */
@Stateless
@RolesAllowed({"BACKOFFICE", "ADMIN"})
public class MisalignmentList {

  private static final int EXPORT_PAGE = 1000;

  @Inject private MisalignmentRepository misalignments;

  public List<MisalignmentView> page(MisalignmentFilter filter, int first, int max) {
    return misalignments.search(filter, first, max).stream()
        .map(m -> MisalignmentView.of(m, false, false, false))
        .toList();
  }

  public long count(MisalignmentFilter filter) {
    return misalignments.count(filter);
  }

  /** Every matching row, read a page at a time. */
  public byte[] csv(MisalignmentFilter filter) {
    List<List<String>> rows = new ArrayList<>();
    for (int first = 0; ; first += EXPORT_PAGE) {
      var page = page(filter, first, EXPORT_PAGE);
      page.forEach(m -> rows.add(row(m)));
      if (page.size() < EXPORT_PAGE) {
        break;
      }
    }
    return SpreadsheetCsv.write(
        List.of(
            "codice_fiscale",
            "ragione_sociale",
            "campo",
            "valore_dichiarato",
            "valore_registro",
            "stato",
            "rilevato_il",
            "ultimo_confronto",
            "chiuso_il"),
        rows);
  }

  private static List<String> row(MisalignmentView m) {
    return List.of(
        m.codiceFiscale(),
        m.ragioneSociale(),
        m.field().name(),
        Objects.toString(m.declaredValue(), ""),
        m.registerValue(),
        m.status().name(),
        m.firstSeen().toString(),
        m.lastSeen().toString(),
        Objects.toString(m.closedAt(), ""));
  }
}
