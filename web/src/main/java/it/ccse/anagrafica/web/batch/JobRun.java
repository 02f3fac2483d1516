package it.ccse.anagrafica.web.batch;

import jakarta.batch.runtime.BatchStatus;
import java.io.Serializable;
import java.time.Duration;
import java.util.Date;
import java.util.Properties;

/**
 * One execution as the console shows it (AD-4): a running import has its {@link Progress};
 * otherwise the exit status tells the outcome.
 */
public record JobRun(
    long execution,
    long instance,
    String job,
    BatchStatus status,
    String exitStatus,
    Date start,
    Date end,
    Properties parameters,
    Progress progress)
    implements Serializable {

  /** How far a running import is. */
  public record Progress(long read, long written, long skipped, long ratePerSecond)
      implements Serializable {}

  public boolean isRunning() {
    return status == BatchStatus.STARTING || status == BatchStatus.STARTED;
  }

  /** A failed or stopped execution starts again from its last checkpoint. */
  public boolean isRestartable() {
    return status == BatchStatus.FAILED || status == BatchStatus.STOPPED;
  }

  public boolean isImport() {
    return BatchJobs.IMPORT.equals(job);
  }

  /** Seconds from start to end (or to now while running). */
  public long getSeconds() {
    if (start == null) {
      return 0;
    }
    Date until = end == null ? new Date() : end;
    return Duration.between(start.toInstant(), until.toInstant()).toSeconds();
  }

  public String getFile() {
    return parameters == null ? null : parameters.getProperty(BatchJobs.FILE);
  }
}
