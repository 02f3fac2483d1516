package it.ccse.anagrafica.web.batch;

import it.ccse.anagrafica.reconciliation.application.RegisterStaging;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import jakarta.batch.operations.BatchRuntimeException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The jobs CCSE runs (BA-1..BA-5) and how each is started: the console and the schedules use the
 * same parameters. The history is read from the batch runtime's own repository.
 */
@ApplicationScoped
public class BatchJobs {

  public static final String IMPORT = "business-register-import";
  public static final String RECONCILE = "business-register-reconcile";
  public static final String MAIL = "validation-mail";
  public static final String REMINDERS = "reminders";
  public static final List<String> JOBS = List.of(IMPORT, RECONCILE, MAIL, REMINDERS);

  static final String FILE = "file";
  static final String MAX_ERROR_RATE = "maxErrorRate";
  static final String IMPORT_ID = "importId";

  /** Executions looked at per job for the history. */
  private static final int INSTANCES_PER_JOB = 25;

  @EJB private RegisterStaging staging;

  /** BA-1 on a file the server can read; blank error rate = the configured one. */
  public long startImport(String file, String maxErrorRate) {
    var parameters = new Properties();
    parameters.setProperty(FILE, file);
    if (maxErrorRate != null && !maxErrorRate.isBlank()) {
      parameters.setProperty(MAX_ERROR_RATE, maxErrorRate.strip());
    }
    return operator().start(IMPORT, parameters);
  }

  /** BA-2 against the staging of one import (its job instance). */
  public long startReconcile(long importId) {
    var parameters = new Properties();
    parameters.setProperty(IMPORT_ID, Long.toString(importId));
    return operator().start(RECONCILE, parameters);
  }

  /** A job without parameters (BA-3, BA-4). */
  public long start(String job) {
    return operator().start(job, new Properties());
  }

  /** The newest import that completed: what a scheduled reconciliation compares with. */
  public Optional<Long> latestImport() {
    return recent(IMPORT, INSTANCES_PER_JOB).stream()
        .filter(r -> r.status() == BatchStatus.COMPLETED)
        .map(JobRun::instance)
        .findFirst();
  }

  public void stop(long execution) {
    try {
      operator().stop(execution);
    } catch (BatchRuntimeException e) {
      throw refused(e);
    }
  }

  /** From the last checkpoint, with the parameters it was started with. */
  public long restart(long execution) {
    var op = operator();
    try {
      var parameters = op.getParameters(execution);
      return op.restart(execution, parameters == null ? new Properties() : parameters);
    } catch (BatchRuntimeException e) {
      throw refused(e);
    }
  }

  /** The runtime's refusal (not running, not the latest execution, …) for the page. */
  private static InvalidValueException refused(BatchRuntimeException e) {
    return new InvalidValueException("batch.refused", e.getClass().getSimpleName());
  }

  /** Newest first, across the jobs. */
  public List<JobRun> recent(int max) {
    List<JobRun> runs = new ArrayList<>();
    for (String job : JOBS) {
      runs.addAll(recent(job, max));
    }
    return runs.stream()
        .sorted(Comparator.comparing(JobRun::execution).reversed())
        .limit(max)
        .toList();
  }

  private List<JobRun> recent(String job, int max) {
    var op = operator();
    try {
      return op.getJobInstances(job, 0, max).stream()
          .flatMap(i -> op.getJobExecutions(i).stream().map(e -> run(op, i.getInstanceId(), e)))
          .sorted(Comparator.comparing(JobRun::execution).reversed())
          .toList();
    } catch (NoSuchJobException e) {
      return List.of();
    }
  }

  private JobRun run(JobOperator op, long instance, JobExecution e) {
    var run =
        new JobRun(
            e.getExecutionId(),
            instance,
            e.getJobName(),
            e.getBatchStatus(),
            e.getExitStatus(),
            e.getStartTime(),
            e.getEndTime(),
            op.getParameters(e.getExecutionId()),
            null);
    if (!run.isImport() || !run.isRunning()) {
      return run;
    }
    long read =
        op.getStepExecutions(e.getExecutionId()).stream()
            .mapToLong(s -> metric(s.getMetrics(), Metric.MetricType.READ_COUNT))
            .sum();
    long skipped = staging.counts(instance).rejected();
    long seconds = Math.max(1, run.getSeconds());
    return new JobRun(
        run.execution(),
        instance,
        run.job(),
        run.status(),
        run.exitStatus(),
        run.start(),
        run.end(),
        run.parameters(),
        new JobRun.Progress(read, Math.max(0, read - skipped), skipped, read / seconds));
  }

  private static long metric(Metric[] metrics, Metric.MetricType type) {
    for (Metric m : metrics) {
      if (m.getType() == type) {
        return m.getValue();
      }
    }
    return 0;
  }

  private static JobOperator operator() {
    return BatchRuntime.getJobOperator();
  }
}
