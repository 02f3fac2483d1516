package it.ccse.anagrafica.it;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;

/**
 * The benchmark's data (issue 6): N validated companies with their registered office, loaded with
 * COPY, and the Business Register extract of the same companies in which every 20th row differs
 * from the registry in one field (5%), rotating among denominazione, civico, CAP and PEC.
 */
final class BenchmarkData {

  /** Ids far above the sequences, so generated rows never meet the portal's own. */
  private static final long FIRST_ID = 500_000_000L;

  /** Company codes numbered from here: clear of the demo company and of the tests' ranges. */
  private static final int FIRST_NUMBER = 2_000_000;

  private static final int COPY_BATCH = 50_000;

  private BenchmarkData() {}

  static void loadCompanies(Connection c, int n) throws SQLException, IOException {
    var copy = c.unwrap(PGConnection.class).getCopyAPI();
    for (int from = 0; from < n; from += COPY_BATCH) {
      var companies = new StringBuilder();
      var offices = new StringBuilder();
      for (int i = from; i < Math.min(n, from + COPY_BATCH); i++) {
        long id = FIRST_ID + i;
        String code = CompanyCodes.numbered(FIRST_NUMBER + i);
        companies.append(
            String.format(
                "%d;0;%s;%s;Impresa %d S.r.l.;SRL;impresa%d@pec.example.org;2020-01-01 00:00:00;"
                    + "2020-01-01 00:00:00%n",
                id, code, code, i, i));
        offices.append(
            String.format(
                "%d;0;%d;REGISTERED_OFFICE;Sede legale;Via Roma;%d;10121;01;TO;001272;B%d%n",
                id, id, 1 + i % 200, id));
      }
      copy.copyIn(
          "COPY company (id, version, codice_fiscale, partita_iva, ragione_sociale, legal_form,"
              + " pec, created_at, validated_at) FROM STDIN (FORMAT csv, DELIMITER ';')",
          new StringReader(companies.toString()));
      copy.copyIn(
          "COPY site (id, version, company_id, kind, name, street, street_number, cap,"
              + " region_code, province_sigla, comune_istat_code, public_id) FROM STDIN (FORMAT"
              + " csv, DELIMITER ';')",
          new StringReader(offices.toString()));
    }
  }

  /** The register's view of the first n companies. */
  static Path writeExtract(Path file, int n) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(BatchExtracts.HEADER);
      for (int i = 0; i < n; i++) {
        String code = CompanyCodes.numbered(FIRST_NUMBER + i);
        int differs = i % 20 == 0 ? (i / 20) % 4 : -1;
        out.write(
            String.format(
                "%s;%s;Impresa %d S.r.l.%s;SRL;TO;%d;Via Roma;%d;%s;001272;impresa%d%s@pec.example.org;"
                    + "ATTIVA;2010-03-15;;38.11.00;%n",
                code,
                code,
                i,
                differs == 0 ? " in liquidazione" : "",
                1_000_000 + i,
                1 + i % 200 + (differs == 1 ? 1 : 0),
                differs == 2 ? "10122" : "10121",
                i,
                differs == 3 ? "-ri" : ""));
      }
    }
    return file;
  }
}
