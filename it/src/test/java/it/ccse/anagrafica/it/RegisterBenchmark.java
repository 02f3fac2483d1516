package it.ccse.anagrafica.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.management.GarbageCollectionNotificationInfo;
import it.ccse.anagrafica.reconciliation.domain.RegisterField;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.PGConnection;

/**
 * The issue 6 benchmark, run by {@code -Pbenchmark} only (README "Benchmarks"): import + reconcile
 * through the real jobs at a small and a large N, beside (a) the floor — PostgreSQL COPY of the
 * same extract plus one set-based comparison query — and (b) a naive item-by-item JPA chunk job. It
 * runs inside the server (the jobs' JVM, whose heap is measured) and writes its report to {@code
 * it/target/benchmark-report.txt}; the client prints it.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RegisterBenchmark {

  private static final String SETTINGS = "benchmark.properties";

  @Deployment
  static EnterpriseArchive deployment() throws IOException {
    Files.deleteIfExists(Path.of(report()));
    var ear =
        Deployments.earWith(
            RegisterBenchmark.class,
            BenchmarkData.class,
            BatchExtracts.class,
            CompanyCodes.class,
            NaiveRegister.class,
            NaiveLineReader.class,
            NaiveLineReader.Line.class,
            NaiveRowWriter.class);
    var settings = new StringBuilder();
    for (String key :
        List.of(
            "benchmark.n",
            "benchmark.small-n",
            "benchmark.naive-n",
            "benchmark.chunk-size",
            "benchmark.rounds",
            "benchmark.explain")) {
      settings.append(key).append('=').append(System.getProperty(key, "")).append('\n');
    }
    settings.append("report=").append(report()).append('\n');
    ear.getAsType(WebArchive.class, "web.war")
        .addAsResource(new StringAsset(settings.toString()), SETTINGS)
        .addAsResource(
            "bench/naive-register-import.xml", "META-INF/batch-jobs/naive-register-import.xml")
        .addAsResource("bench/persistence.xml", "META-INF/persistence.xml");
    return ear;
  }

  private static String report() {
    return Path.of(System.getProperty("it.target", "target"), "benchmark-report.txt")
        .toAbsolutePath()
        .toString();
  }

  @Resource(lookup = "java:app/jdbc/anagrafica")
  private DataSource dataSource;

  private final List<String> lines = new ArrayList<>();

  @Test
  @Order(1)
  void importAndReconcileBesideTheFloorAndTheNaiveJob() throws Exception {
    Properties settings = new Properties();
    try (InputStream in =
        Thread.currentThread().getContextClassLoader().getResourceAsStream(SETTINGS)) {
      settings.load(in);
    }
    int n = size(settings, "benchmark.n", 1_000_000);
    int small = size(settings, "benchmark.small-n", 100_000);
    int naiveN = size(settings, "benchmark.naive-n", 20_000);
    Path dir = Files.createTempDirectory("benchmark");
    try {
      measure(settings, n, small, naiveN, dir);
    } finally {
      // The extracts are a few hundred MB: not left in the temporary directory.
      try (var files = Files.list(dir)) {
        for (Path file : files.toList()) {
          Files.delete(file);
        }
      }
      Files.delete(dir);
    }
  }

  private void measure(Properties settings, int n, int small, int naiveN, Path dir)
      throws Exception {

    long t = System.nanoTime();
    try (Connection c = dataSource.getConnection()) {
      BenchmarkData.loadCompanies(c, n);
      c.createStatement().execute("ANALYZE company; ANALYZE site");
    }
    Path large = BenchmarkData.writeExtract(dir.resolve("estratto-" + n + ".csv"), n);
    Path smaller = BenchmarkData.writeExtract(dir.resolve("estratto-" + small + ".csv"), small);
    Path naive = BenchmarkData.writeExtract(dir.resolve("estratto-" + naiveN + ".csv"), naiveN);
    line("Data: %,d companies loaded and extracts written in %.1f s", n, seconds(t));
    line("Machine: %d processors, server heap max %,d MB", cpus(), maxHeap() / 1_048_576);
    line("");

    String chunkSize = settings.getProperty("benchmark.chunk-size", "");
    Run smallRun = jobs(smaller, small, chunkSize);
    // Rounds interleaved, so a slower minute of the machine weighs on both sides; medians compared.
    int rounds = size(settings, "benchmark.rounds", 3);
    List<Double> floors = new ArrayList<>();
    List<Run> larges = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      floors.add(floor(large, n));
      larges.add(jobs(large, n, chunkSize));
    }
    if (Boolean.parseBoolean(settings.getProperty("benchmark.explain"))) {
      explainDifferences(larges.get(rounds - 1).importId);
    }
    Run naiveRun = naive(naive, naiveN);

    double floor = floors.stream().sorted().toList().get(rounds / 2);
    Run largeRun =
        larges.stream().sorted(Comparator.comparingDouble(Run::seconds)).toList().get(rounds / 2);
    long largePeak = larges.stream().mapToLong(Run::peakHeap).max().orElseThrow();
    long largeLive = larges.stream().mapToLong(Run::liveHeap).max().orElseThrow();
    line("");
    line(
        "Medians of %d rounds at N=%,d: floor %.1f s, jobs %.1f s (%,.0f rows/s)",
        rounds, n, floor, largeRun.seconds, largeRun.rowsPerSecond());
    line("Jobs vs floor at N=%,d: %.2fx (target <= 2x)", n, largeRun.seconds / floor);
    line(
        "Jobs vs naive JPA job (rows/s, naive at N=%,d): %.1fx faster (target >= 20x)",
        naiveN, largeRun.rowsPerSecond() / naiveRun.rowsPerSecond());
    line(
        "Peak heap N=%,d: %,d MB; N=%,d (highest of the rounds): %,d MB (ratio %.2f, target: the"
            + " same)",
        small,
        smallRun.peakHeap / 1_048_576,
        n,
        largePeak / 1_048_576,
        (double) largePeak / smallRun.peakHeap);
    line(
        "Heap after collections N=%,d: %,d MB; N=%,d: %,d MB (ratio %.2f): what the jobs keep"
            + " alive, without the garbage the collector had not yet reclaimed",
        small,
        smallRun.liveHeap / 1_048_576,
        n,
        largeLive / 1_048_576,
        (double) largeLive / smallRun.liveHeap);
    Files.write(Path.of(settings.getProperty("report")), lines);
  }

  @Test
  @Order(2)
  @RunAsClient
  void printTheReport() throws IOException {
    System.out.println();
    System.out.println("==== Business Register benchmark (issue 6) ====");
    Files.readAllLines(Path.of(report())).forEach(System.out::println);
    System.out.println("================================================");
  }

  /** (a) COPY of the extract into an unlogged table plus one set-based comparison. */
  private double floor(Path extract, int n) throws SQLException, IOException {
    try (Connection c = dataSource.getConnection()) {
      c.createStatement()
          .execute(
              "CREATE UNLOGGED TABLE benchmark_floor (codice_fiscale text, partita_iva text,"
                  + " denominazione text, forma_giuridica text, cciaa text, rea text, indirizzo"
                  + " text, civico text, cap text, comune_istat text, pec text, stato_attivita"
                  + " text, data_iscrizione text, data_cessazione text, ateco text,"
                  + " legale_rappresentante_cf text)");
      long t = System.nanoTime();
      try (var reader = Files.newBufferedReader(extract)) {
        c.unwrap(PGConnection.class)
            .getCopyAPI()
            .copyIn("COPY benchmark_floor FROM STDIN (FORMAT csv, DELIMITER ';', HEADER)", reader);
      }
      double copied = seconds(t);
      var rs =
          c.createStatement()
              .executeQuery(
                  "SELECT COUNT(*) FROM benchmark_floor f JOIN company c ON c.codice_fiscale ="
                      + " f.codice_fiscale JOIN site o ON o.company_id = c.id AND o.kind ="
                      + " 'REGISTERED_OFFICE' WHERE "
                      + String.join(
                          " OR ",
                          differs("c.ragione_sociale", "f.denominazione"),
                          differs("c.partita_iva", "f.partita_iva"),
                          differs("c.legal_form", "f.forma_giuridica"),
                          differs("c.pec", "f.pec"),
                          differs("c.legal_rep_codice_fiscale", "f.legale_rappresentante_cf"),
                          differs("o.street", "f.indirizzo"),
                          differs("o.street_number", "f.civico"),
                          differs("o.cap", "f.cap"),
                          differs("o.comune_istat_code", "f.comune_istat")));
      rs.next();
      double s = seconds(t);
      line(
          "(a) Floor, COPY + one comparison query, N=%,d: %.1f s (COPY %.1f s, query %.1f s),"
              + " %,d differences",
          n, s, copied, s - copied, rs.getLong(1));
      c.createStatement().execute("DROP TABLE benchmark_floor");
      return s;
    }
  }

  private static String differs(String declared, String register) {
    return "(NULLIF("
        + register
        + ", '') IS NOT NULL AND COALESCE("
        + declared
        + ", '') <> "
        + register
        + " AND UPPER(TRIM(COALESCE("
        + declared
        + ", ''))) <> UPPER(TRIM("
        + register
        + ")))";
  }

  /** Diagnostics: PostgreSQL's plan of the differences, with timings, into server.log. */
  private void explainDifferences(long importId) throws SQLException {
    try (Connection c = dataSource.getConnection();
        var explain =
            c.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + RegisterField.differences())) {
      explain.setLong(1, importId);
      try (var rs = explain.executeQuery()) {
        while (rs.next()) {
          System.out.println("PLAN " + rs.getString(1));
        }
      }
    }
  }

  private record Run(int rows, double seconds, long peakHeap, long liveHeap, long importId) {
    double rowsPerSecond() {
      return rows / seconds;
    }
  }

  /** The real jobs, one after the other, with the server's heap peak in between. */
  private Run jobs(Path extract, int n, String chunkSize) throws Exception {
    try (Connection c = dataSource.getConnection()) {
      c.createStatement().execute("TRUNCATE misalignment");
    }
    resetHeapPeaks();
    var live = new LiveHeap();
    long t = System.nanoTime();
    var parameters = new Properties();
    parameters.setProperty("file", extract.toString());
    parameters.setProperty("maxErrorRate", "0.01");
    if (!chunkSize.isBlank()) {
      parameters.setProperty("chunkSize", chunkSize.strip());
    }
    var imported =
        await(BatchRuntime.getJobOperator().start("business-register-import", parameters));
    double importSeconds = seconds(t);
    var reconcile = new Properties();
    reconcile.setProperty(
        "importId",
        ""
            + BatchRuntime.getJobOperator()
                .getJobInstance(imported.getExecutionId())
                .getInstanceId());
    var reconciled =
        await(BatchRuntime.getJobOperator().start("business-register-reconcile", reconcile));
    double total = seconds(t);
    long peak = heapPeak();
    live.close();
    assertEquals(BatchStatus.COMPLETED, imported.getBatchStatus(), imported.getExitStatus());
    assertEquals(BatchStatus.COMPLETED, reconciled.getBatchStatus(), reconciled.getExitStatus());
    line(
        "Jobs N=%,d: import %.1f s (%s), reconcile %.1f s (%s); total %.1f s, %,.0f rows/s, peak"
            + " heap %,d MB, after collections %,d MB",
        n,
        importSeconds,
        imported.getExitStatus(),
        total - importSeconds,
        reconciled.getExitStatus(),
        total,
        n / total,
        peak / 1_048_576,
        live.max() / 1_048_576);
    line("  steps: %s; %s", steps(imported), steps(reconciled));
    return new Run(
        n,
        total,
        peak,
        live.max(),
        BatchRuntime.getJobOperator().getJobInstance(imported.getExecutionId()).getInstanceId());
  }

  /** (b) The same import and comparison, one item at a time through JPA. */
  private Run naive(Path extract, int n) throws Exception {
    try (Connection c = dataSource.getConnection()) {
      c.createStatement().execute("TRUNCATE misalignment");
    }
    long t = System.nanoTime();
    var parameters = new Properties();
    parameters.setProperty("file", extract.toString());
    var run = await(BatchRuntime.getJobOperator().start("naive-register-import", parameters));
    double s = seconds(t);
    assertEquals(BatchStatus.COMPLETED, run.getBatchStatus(), run.getExitStatus());
    line("(b) Naive item-by-item JPA job N=%,d: %.1f s, %,.0f rows/s", n, s, n / s);
    return new Run(n, s, 0, 0, 0);
  }

  /** Each step's seconds, from the batch repository: where the time of a job goes. */
  private static String steps(JobExecution execution) {
    return BatchRuntime.getJobOperator().getStepExecutions(execution.getExecutionId()).stream()
        .map(
            s ->
                String.format(
                    Locale.ROOT,
                    "%s %.1f s",
                    s.getStepName(),
                    (s.getEndTime().getTime() - s.getStartTime().getTime()) / 1e3))
        .collect(Collectors.joining(", "));
  }

  private static JobExecution await(long execution) throws InterruptedException {
    while (true) {
      var e = BatchRuntime.getJobOperator().getJobExecution(execution);
      switch (e.getBatchStatus()) {
        case COMPLETED, FAILED, STOPPED, ABANDONED:
          return e;
        default:
          Thread.sleep(100);
      }
    }
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP)
        .toList();
  }

  private static void resetHeapPeaks() {
    System.gc();
    heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /**
   * The largest heap left after a collection while the jobs ran: the memory they keep alive. The
   * peaks above also count garbage not yet collected, which grows with the collector's young
   * generation, not with the file.
   */
  private static final class LiveHeap implements NotificationListener, AutoCloseable {

    private final Set<String> heap =
        heapPools().stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final AtomicLong max = new AtomicLong();

    LiveHeap() {
      ManagementFactory.getGarbageCollectorMXBeans()
          .forEach(gc -> ((NotificationEmitter) gc).addNotificationListener(this, null, null));
    }

    @Override
    public void handleNotification(Notification notification, Object handback) {
      if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
          notification.getType())) {
        var info =
            GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long used =
            info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                .filter(pool -> heap.contains(pool.getKey()))
                .mapToLong(pool -> pool.getValue().getUsed())
                .sum();
        max.accumulateAndGet(used, Math::max);
      }
    }

    long max() {
      return max.get();
    }

    @Override
    public void close() throws ListenerNotFoundException {
      for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        ((NotificationEmitter) gc).removeNotificationListener(this);
      }
    }
  }

  /** The sum of the heap pools' peaks since the reset: an upper bound of the heap used. */
  private static long heapPeak() {
    return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }

  private static long maxHeap() {
    return Runtime.getRuntime().maxMemory();
  }

  private static int cpus() {
    return Runtime.getRuntime().availableProcessors();
  }

  private static int size(Properties settings, String key, int fallback) {
    String value = settings.getProperty(key, "");
    return value.isBlank() ? fallback : Integer.parseInt(value.strip().replace("_", ""));
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private void line(String format, Object... arguments) {
    String text = String.format(Locale.ROOT, format, arguments);
    lines.add(text);
    System.out.println("BENCHMARK " + text);
  }
}
