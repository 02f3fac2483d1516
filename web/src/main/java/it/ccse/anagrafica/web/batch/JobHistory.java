package it.ccse.anagrafica.web.batch;

import it.ccse.anagrafica.reconciliation.application.RegisterStaging;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The jobs' executions as read from the batch runtime's own repository (AD-4), with the progress of
 * a running import (read, written, skipped, rate).
 */
@ApplicationScoped
public class JobHistory {

  @EJB private RegisterStaging staging;

  /** Newest first, across the jobs, at most {@code max} executions. */
  public List<JobRun> recent(List<String> jobs, int max) {
    List<JobRun> runs = new ArrayList<>();
    for (String job : jobs) {
      runs.addAll(ofJob(job, max));
    }
    return runs.stream()
        .sorted(Comparator.comparing(JobRun::execution).reversed())
        .limit(max)
        .toList();
  }

  /** The executions of the newest {@code instances} instances of a job, newest first. */
  public List<JobRun> ofJob(String job, int instances) {
    var op = BatchJobs.operator();
    try {
      return op.getJobInstances(job, 0, instances).stream()
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
}
