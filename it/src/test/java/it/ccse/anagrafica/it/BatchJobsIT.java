package it.ccse.anagrafica.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.ccse.anagrafica.company.application.CompanyService;
import it.ccse.anagrafica.company.application.NewCompany;
import it.ccse.anagrafica.file.application.CompanyFileChanges;
import it.ccse.anagrafica.file.application.CompanyFileService;
import it.ccse.anagrafica.file.application.CompanyFileSigning;
import it.ccse.anagrafica.file.application.Misalignments;
import it.ccse.anagrafica.notifications.application.OutboxService;
import it.ccse.anagrafica.reconciliation.application.MisalignmentView;
import it.ccse.anagrafica.reconciliation.application.RegisterStaging;
import it.ccse.anagrafica.reconciliation.application.RegisterStaging.ImportCounts;
import it.ccse.anagrafica.reconciliation.application.RegisterStaging.ImportError;
import it.ccse.anagrafica.reconciliation.domain.RegisterField;
import it.ccse.anagrafica.shared.domain.CodiceFiscale;
import it.ccse.anagrafica.shared.domain.ConflictException;
import it.ccse.anagrafica.shared.domain.NotFoundException;
import it.ccse.anagrafica.shared.domain.PartitaIva;
import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Jakarta Batch jobs on Payara with PostgreSQL (BA-1..BA-5): the real jobs on real data. */
@ExtendWith(ArquillianExtension.class)
class BatchJobsIT {

  private static final String HEADER = BatchExtracts.HEADER;

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWith(
        BatchJobsIT.class, CompanyCodes.class, ValidatedCompanies.class, BatchExtracts.class);
  }

  @EJB private RegisterStaging staging;
  @EJB private CompanyService companies;
  @EJB private OutboxService outbox;
  @EJB private Misalignments misalignments;
  @EJB private CompanyFileService files;
  @EJB private CompanyFileChanges changes;
  @EJB private CompanyFileSigning signing;
  @Inject private ValidatedCompanies validated;

  @Resource(lookup = "java:app/jdbc/anagrafica")
  private DataSource dataSource;

  private static String line(String code, String name) {
    return BatchExtracts.line(code, name);
  }

  @Test
  void ba1AnExtractIsStagedAndEveryKindOfBadLineReported() throws Exception {
    String a = CompanyCodes.unique();
    String b = CompanyCodes.unique();
    String text =
        "\uFEFF"
            + HEADER
            + line(a, "Alfa S.r.l.")
            + line(b, "Beta S.r.l.")
            + "12345670017;solo;tre\n"
            + line(a, "Alfa S.r.l.").replace(";001272;", ";999999;")
            + line(b, "Beta bis").replace("2010-03-15", "15-03-2010")
            + line(b, "Beta ter").replace(";ATTIVA;", ";FALLITA;")
            + line(a, "Alfa di nuovo");

    Path file = Files.writeString(Files.createTempFile("estratto", ".csv"), text);

    var beyondTheLimit = run(file, null);
    assertEquals(BatchStatus.FAILED, beyondTheLimit.getBatchStatus());
    assertTrue(
        beyondTheLimit.getExitStatus().startsWith("letti 7, importati 2, scartati 5"),
        beyondTheLimit.getExitStatus());
    var execution = run(file, "0.8");

    assertEquals(BatchStatus.COMPLETED, execution.getBatchStatus(), execution.getExitStatus());
    long instance = operator().getJobInstance(execution.getExecutionId()).getInstanceId();
    assertEquals(new ImportCounts(2, 5), staging.counts(instance));
    assertEquals(
        List.of(
            "4 register.columnCount",
            "5 register.unknownComune",
            "6 register.badDate",
            "7 register.badStatus",
            "8 register.duplicate"),
        staging.errors(instance).stream().map(e -> e.line() + " " + e.reasonKey()).toList());
    ImportError duplicate = staging.errors(instance).get(4);
    assertEquals("2", duplicate.arguments(), "names the first line of the company");
    assertEquals("letti 7, importati 2, scartati 5 (71,4%)", execution.getExitStatus());
  }

  @Test
  void ba1ABreakMidFileResumesFromTheCheckpointToTheSameEndState() throws Exception {
    byte[] fixed = extract(3000, 7_000_000);
    byte[] broken = fixed.clone();
    int third = indexOfLine(fixed, 2500);
    broken[third] = (byte) 0xFF; // not UTF-8: the reader fails in the third chunk
    Path file = Files.write(Files.createTempFile("estratto", ".csv"), broken);

    var chunks = new Properties();
    chunks.setProperty("file", file.toString());
    chunks.setProperty("chunkSize", "1000");
    var failed = await(operator().start("business-register-import", chunks));
    assertEquals(BatchStatus.FAILED, failed.getBatchStatus());
    long instance = operator().getJobInstance(failed.getExecutionId()).getInstanceId();
    assertEquals(2000, staging.counts(instance).staged(), "two chunks committed before the break");

    Files.write(file, fixed);
    long restart = operator().restart(failed.getExecutionId(), chunks);
    var resumed = await(restart);
    assertEquals(BatchStatus.COMPLETED, resumed.getBatchStatus(), resumed.getExitStatus());
    assertEquals(new ImportCounts(3000, 0), staging.counts(instance));
    // Read before the next import, which replaces the staged lines.
    String resumedLines = stagedLines(instance);

    var uninterrupted = run(Files.write(Files.createTempFile("estratto", ".csv"), fixed));
    long other = operator().getJobInstance(uninterrupted.getExecutionId()).getInstanceId();
    assertEquals(new ImportCounts(3000, 0), staging.counts(other));
    assertEquals(stagedLines(other), resumedLines, "the same lines, line by line");
  }

  /**
   * Issue 15 faults: PostgreSQL drops every connection in the middle of an import, as a restart
   * does. Either the pools recover under the running job (connections are validated before use) and
   * it completes, or the chunk in flight fails whole, and restarting the job resumes it. Both ways
   * the staging is the same as an uninterrupted run's.
   */
  @Test
  void faultsTheDatabaseDroppingItsConnectionsMidImportThenTheRestartGivesTheSameStaging()
      throws Exception {
    byte[] lines = extract(100_000, 7_200_000);
    Path file = Files.write(Files.createTempFile("estratto", ".csv"), lines);
    var chunks = new Properties();
    chunks.setProperty("file", file.toString());
    chunks.setProperty("chunkSize", "500");
    long started = operator().start("business-register-import", chunks);
    long instance = operator().getJobInstance(started).getInstanceId();
    for (int i = 0; i < 300 && staging.counts(instance).staged() < 1000; i++) {
      Thread.sleep(20);
    }

    query(
        "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
            + " WHERE datname = current_database() AND pid <> pg_backend_pid()");
    var ended = awaitRecovering(started);
    if (ended.getBatchStatus() == BatchStatus.FAILED) {
      rollBackInDoubtTransactions(0);
      long staged = staging.counts(instance).staged();
      assertTrue(staged % 500 == 0 && staged < 100_000, "whole chunks only: " + staged);
      awaitLeaseFree();
      ended = await(operator().restart(started, chunks));
    }

    assertEquals(BatchStatus.COMPLETED, ended.getBatchStatus(), ended.getExitStatus());
    assertEquals(new ImportCounts(100_000, 0), staging.counts(instance));
    String resumedLines = stagedLines(instance);
    var uninterrupted = run(Files.write(Files.createTempFile("estratto", ".csv"), lines));
    long other = operator().getJobInstance(uninterrupted.getExecutionId()).getInstanceId();
    assertEquals(stagedLines(other), resumedLines, "the same lines, line by line");
  }

  /**
   * A chunk's two-phase commit cut between prepare and commit leaves a prepared transaction in
   * PostgreSQL, holding its locks on the staging table, until the transaction manager's recovery
   * rolls it back (`asadmin recover-transactions`, or a server restart with automatic recovery:
   * config/README.md). This is that recovery, done here without restarting the test server, for the
   * transactions prepared at least {@code seconds} ago.
   */
  private void rollBackInDoubtTransactions(int seconds) throws SQLException {
    try (var c = dataSource.getConnection();
        var prepared =
            c.createStatement()
                .executeQuery(
                    "SELECT gid FROM pg_prepared_xacts WHERE database = current_database()"
                        + " AND prepared <= now() - interval '"
                        + seconds
                        + " seconds'")) {
      List<String> gids = new ArrayList<>();
      while (prepared.next()) {
        gids.add(prepared.getString(1));
      }
      for (String gid : gids) {
        c.createStatement().execute("ROLLBACK PREPARED '" + gid.replace("'", "''") + "'");
      }
    }
  }

  /** The broken execution gives its lease back when it ends, or the lease expires. */
  private void awaitLeaseFree() throws Exception {
    String held = "SELECT COUNT(*) FROM job_lease WHERE resource = 'business-register'";
    for (int i = 0; i < 1300 && !query(held).equals("0"); i++) {
      Thread.sleep(100);
    }
    assertEquals("0", query(held), "the broken import's lease is given back");
  }

  /** A digest of an import's staged lines in file order. */
  private String stagedLines(long importId) throws SQLException {
    return query(
        "SELECT md5(string_agg(line || ':' || codice_fiscale || ':' || denominazione, ',' ORDER"
            + " BY line)) FROM register_staging WHERE import_id = "
            + importId);
  }

  @Test
  void ba2ReconcileOpensUpdatesResolvesAndRespectsSelfCertification() throws Exception {
    String a = CompanyCodes.unique();
    String b = CompanyCodes.unique();
    long companyA = company(a, "Alfa Reg S.r.l.");
    long companyB = company(b, "Beta Reg S.r.l.");
    String alfa = registerLine(a, "Alfa Reg S.r.l.", "3", "ATTIVA;2010-03-15;");
    String beta = registerLine(b, "BETA REG s.r.l. ", "1", "CESSATA;2010-03-15;2026-06-30");

    var first = reconcile(alfa + beta);
    assertEquals("aperti 1, ancora aperti 0, risolti 0, aziende avvisate 1", first);
    assertEquals(List.of("CIVICO OPEN 1 3"), misalignments(companyA));
    assertEquals(List.of(), misalignments(companyB), "case and spaces are not a difference");
    assertEquals("CESSATA", query("SELECT register_status FROM company WHERE id = " + companyB));

    assertEquals("aperti 0, ancora aperti 1, risolti 0, aziende avvisate 0", reconcile(alfa));
    var changed = reconcile(alfa.replace(";Via Roma;3;", ";Via Roma;5;"));
    assertEquals("aperti 0, ancora aperti 1, risolti 0, aziende avvisate 1", changed);
    assertEquals(List.of("CIVICO OPEN 1 5"), misalignments(companyA));

    execute("UPDATE misalignment SET status = 'CERTIFIED' WHERE company_id = " + companyA);
    reconcile(alfa.replace(";Via Roma;3;", ";Via Roma;5;"));
    assertEquals(List.of("CIVICO CERTIFIED 1 5"), misalignments(companyA), "not raised again");
    reconcile(alfa.replace(";Via Roma;3;", ";Via Roma;7;"));
    assertEquals(
        List.of("CIVICO CERTIFIED 1 5", "CIVICO OPEN 1 7"),
        misalignments(companyA),
        "raised again once the register's value changes");

    assertEquals(
        "aperti 0, ancora aperti 0, risolti 1, aziende avvisate 1",
        reconcile(alfa.replace(";Via Roma;3;", ";Via Roma;1;")));
    assertEquals(List.of("CIVICO CERTIFIED 1 5", "CIVICO RESOLVED 1 7"), misalignments(companyA));
  }

  @Test
  void br1AlignAndCertifyAreSignedWithPinAndCloseTheirMisalignments() throws Exception {
    String operator = validated.withOperator();
    String other = validated.withOperator();
    String line =
        registerLine(operator, "Nuova Ragione S.r.l.", "3", "ATTIVA;2010-03-15;")
            .replace(";001272;;", ";001272;uffici@pec.example.org;");
    reconcile(line);
    var open = misalignments.open(operator, null);
    assertEquals(
        List.of(RegisterField.RAGIONE_SOCIALE, RegisterField.PEC, RegisterField.CIVICO),
        open.stream().map(MisalignmentView::field).sorted().toList());
    long name = idOf(open, RegisterField.RAGIONE_SOCIALE);
    long pec = idOf(open, RegisterField.PEC);
    long number = idOf(open, RegisterField.CIVICO);

    assertEquals(
        "misalignment.unknown",
        assertThrows(NotFoundException.class, () -> misalignments.align(other, null, pec))
            .messageKey(),
        "another company's misalignment is out of reach");
    misalignments.align(operator, null, pec);
    misalignments.align(operator, null, number);
    misalignments.certify(operator, null, name);
    assertEquals(
        "misalignment.alreadyInSet",
        assertThrows(ConflictException.class, () -> misalignments.certify(operator, null, pec))
            .messageKey());
    assertTrue(misalignments.open(operator, null).stream().allMatch(MisalignmentView::pending));
    var summary = changes.summary(operator, null);
    assertEquals(3, summary.lines().size());
    assertEquals("uffici@pec.example.org", summary.lines().get(0).after());

    signing.sign(operator, null, ValidatedCompanies.PIN.toCharArray());

    var file = files.current(operator, null);
    assertEquals("Fascicolo " + operator + " S.r.l.", file.ragioneSociale(), "certified, kept");
    assertEquals(
        "uffici@pec.example.org",
        query("SELECT pec FROM company WHERE codice_fiscale = '" + operator + "'"));
    assertEquals(List.of(), misalignments.open(operator, null));
    long company =
        Long.parseLong(query("SELECT id FROM company WHERE codice_fiscale = '" + operator + "'"));
    assertEquals(
        List.of(
            "CIVICO ALIGNED 1 3",
            "PEC ALIGNED null uffici@pec.example.org",
            "RAGIONE_SOCIALE CERTIFIED Fascicolo " + operator + " S.r.l. Nuova Ragione S.r.l."),
        misalignments(company).stream().sorted().toList());
    assertEquals(
        "aperti 0, ancora aperti 0, risolti 0, aziende avvisate 0",
        reconcile(line),
        "nothing raised again: values aligned, the name self-certified");

    reconcile(line.replace("uffici@pec", "sede@pec"));
    long changedPec = idOf(misalignments.open(operator, null), RegisterField.PEC);
    misalignments.align(operator, null, changedPec);
    reconcile(line.replace("uffici@pec", "altra@pec"));
    assertEquals(
        "misalignment.changed",
        assertThrows(
                ConflictException.class,
                () -> signing.sign(operator, null, ValidatedCompanies.PIN.toCharArray()))
            .messageKey(),
        "an answer on a value the register no longer has is refused at signing");
    assertEquals(
        "uffici@pec.example.org",
        query("SELECT pec FROM company WHERE codice_fiscale = '" + operator + "'"),
        "nothing applied");
  }

  private static long idOf(List<MisalignmentView> views, RegisterField field) {
    return views.stream().filter(v -> v.field() == field).findFirst().orElseThrow().id();
  }

  @Test
  void ba3ValidationMailDeliversTheOutboxAndReportsItsCounts() throws Exception {
    String recipient = "ba3-" + CompanyCodes.unique() + "@example.org";
    outbox.enqueueTestMessage(recipient, "batch");

    var execution = await(operator().start("validation-mail", new Properties()));

    assertEquals(BatchStatus.COMPLETED, execution.getBatchStatus());
    assertTrue(
        execution.getExitStatus().matches("inviati \\d+, da riprovare \\d+, falliti \\d+"),
        execution.getExitStatus());
    var queued =
        outbox.page(0, 50).stream().filter(m -> m.recipient().equals(recipient)).findFirst();
    assertEquals("SENT", queued.orElseThrow().status().name(), "sent by the job or the timer");
  }

  @Test
  void ba5TwoStartsOfOneJobRunOneAtATimeAndTheLeaseIsReleased() throws Exception {
    Path file = Files.write(Files.createTempFile("estratto", ".csv"), extract(20000, 5_000_000));
    var parameters = new Properties();
    parameters.setProperty("file", file.toString());

    long first = operator().start("business-register-import", parameters);
    long second = operator().start("business-register-import", parameters);
    var ends = List.of(await(first), await(second));

    assertEquals(
        Set.of(BatchStatus.COMPLETED, BatchStatus.FAILED),
        ends.stream().map(JobExecution::getBatchStatus).collect(Collectors.toSet()));
    var refused = ends.stream().filter(e -> e.getBatchStatus() == BatchStatus.FAILED).findFirst();
    assertEquals(
        "già in esecuzione: business-register-import", refused.orElseThrow().getExitStatus());
    assertEquals("0", query("SELECT COUNT(*) FROM job_lease WHERE resource = 'business-register'"));
  }

  @Test
  void ba5TheReconciliationWaitsForTheImportThatSharesItsStaging() throws Exception {
    Path file = Files.write(Files.createTempFile("estratto", ".csv"), extract(20000, 8_000_000));
    var parameters = new Properties();
    parameters.setProperty("file", file.toString());
    parameters.setProperty("chunkSize", "100");
    long importing = operator().start("business-register-import", parameters);
    awaitLeaseHeldBy("business-register-import");

    var reconcile = new Properties();
    reconcile.setProperty("importId", "" + operator().getJobInstance(importing).getInstanceId());
    var refused = await(operator().start("business-register-reconcile", reconcile));

    assertEquals(BatchStatus.FAILED, refused.getBatchStatus());
    assertEquals("già in esecuzione: business-register-import", refused.getExitStatus());
    var imported = await(importing);
    assertEquals(BatchStatus.COMPLETED, imported.getBatchStatus(), imported.getExitStatus());
    assertEquals("0", query("SELECT COUNT(*) FROM job_lease WHERE resource = 'business-register'"));
  }

  private void awaitLeaseHeldBy(String job) throws Exception {
    String held = "SELECT COUNT(*) FROM job_lease WHERE holder_job = '" + job + "'";
    for (int i = 0; i < 100 && query(held).equals("0"); i++) {
      Thread.sleep(100);
    }
    assertEquals("1", query(held), job + " took the lease");
  }

  private long company(String code, String name) {
    return companies
        .create(
            new NewCompany(
                CodiceFiscale.of(code),
                PartitaIva.of(code),
                name,
                "SRL",
                "Via Roma",
                "1",
                "10121",
                "01",
                "TO",
                "001272"))
        .id();
  }

  private static String registerLine(String code, String name, String number, String status) {
    return code
        + ";"
        + code
        + ";"
        + name
        + ";SRL;TO;1234567;Via Roma;"
        + number
        + ";10121;001272;;"
        + status
        + ";38.11.00;\n";
  }

  /** Imports the lines as an extract, then reconciles; the reconciliation's exit status. */
  private String reconcile(String lines) throws Exception {
    var imported =
        run(Files.writeString(Files.createTempFile("estratto", ".csv"), HEADER + lines), "0.5");
    assertEquals(BatchStatus.COMPLETED, imported.getBatchStatus(), imported.getExitStatus());
    var parameters = new Properties();
    parameters.setProperty(
        "importId", "" + operator().getJobInstance(imported.getExecutionId()).getInstanceId());
    var reconciled = await(operator().start("business-register-reconcile", parameters));
    assertEquals(BatchStatus.COMPLETED, reconciled.getBatchStatus(), reconciled.getExitStatus());
    return reconciled.getExitStatus();
  }

  private List<String> misalignments(long company) throws SQLException {
    try (var c = dataSource.getConnection();
        var rs =
            c.createStatement()
                .executeQuery(
                    "SELECT field, status, declared_value, register_value FROM misalignment"
                        + " WHERE company_id = "
                        + company
                        + " ORDER BY id")) {
      List<String> rows = new ArrayList<>();
      while (rs.next()) {
        rows.add(
            rs.getString(1)
                + " "
                + rs.getString(2)
                + " "
                + rs.getString(3)
                + " "
                + rs.getString(4));
      }
      return rows;
    }
  }

  private String query(String sql) throws SQLException {
    try (var c = dataSource.getConnection();
        var rs = c.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  private void execute(String sql) throws SQLException {
    try (var c = dataSource.getConnection()) {
      c.createStatement().executeUpdate(sql);
    }
  }

  private static byte[] extract(int lines, int firstNumber) {
    return BatchExtracts.append(new StringBuilder(HEADER), lines, firstNumber)
        .toString()
        .getBytes(StandardCharsets.UTF_8);
  }

  /** Where the name of data line {@code n} (1-based) starts. */
  private static int indexOfLine(byte[] content, int n) {
    int newlines = 0;
    for (int i = 0; i < content.length; i++) {
      if (content[i] == '\n' && ++newlines == n) {
        return i + 1 + 24;
      }
    }
    throw new AssertionError("no line " + n);
  }

  private static JobOperator operator() {
    return BatchRuntime.getJobOperator();
  }

  private static JobExecution run(Path file) throws InterruptedException {
    return run(file, null);
  }

  private static JobExecution run(Path file, String maxErrorRate) throws InterruptedException {
    var parameters = new Properties();
    parameters.setProperty("file", file.toString());
    if (maxErrorRate != null) {
      parameters.setProperty("maxErrorRate", maxErrorRate);
    }
    return await(operator().start("business-register-import", parameters));
  }

  private static JobExecution await(long execution) throws InterruptedException {
    for (int i = 0; i < 600; i++) {
      var status = ended(execution);
      if (status.isPresent()) {
        return status.get();
      }
      Thread.sleep(200);
    }
    throw new AssertionError("Job execution " + execution + " did not end in 2 minutes");
  }

  /**
   * Waits for an execution whose chunk may have been cut between the two phases of its commit. The
   * prepared half keeps its row locks (on the staging lines or on the job repository's checkpoint)
   * until the transaction manager's recovery resolves it, and the runtime waits on them to go on or
   * to record the failure. What an administrator does then (config/README.md), the wait does after
   * ten seconds: it recovers the transactions in doubt for more than five.
   */
  private JobExecution awaitRecovering(long execution) throws Exception {
    for (int i = 1; i <= 600; i++) {
      var status = ended(execution);
      if (status.isPresent()) {
        return status.get();
      }
      if (i % 50 == 0) {
        rollBackInDoubtTransactions(5);
      }
      Thread.sleep(200);
    }
    throw new AssertionError("Job execution " + execution + " did not end in 2 minutes");
  }

  /** The execution once it has ended. */
  private static Optional<JobExecution> ended(long execution) {
    var status = operator().getJobExecution(execution);
    return switch (status.getBatchStatus()) {
      case COMPLETED, FAILED, STOPPED, ABANDONED -> Optional.of(status);
      default -> Optional.empty();
    };
  }
}
