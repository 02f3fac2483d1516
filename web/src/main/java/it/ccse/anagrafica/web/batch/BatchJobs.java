package it.ccse.anagrafica.web.batch;

import it.ccse.anagrafica.shared.domain.InvalidValueException;
import jakarta.batch.operations.BatchRuntimeException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

  @Inject private JobHistory history;

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
    return history.ofJob(IMPORT, INSTANCES_PER_JOB).stream()
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
    return history.recent(JOBS, max);
  }

  static JobOperator operator() {
    return BatchRuntime.getJobOperator();
  }
}
