package it.ccse.anagrafica.web.batch;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * BA-5: each job may run on a schedule, {@code anagrafica.batch.schedule.<job>} = a cron-like
 * expression (see {@link CronSchedule}); none by default. Every server of a cluster fires, and the
 * database lease on the job's data lets one execution run (the others fail at once, saying so). A
 * scheduled import reads {@code anagrafica.register.extract-file}; a scheduled reconciliation
 * compares with the newest completed import.
 */
@Singleton
@Startup
public class JobSchedules {

  private static final Logger LOG = Logger.getLogger(JobSchedules.class.getName());

  @Resource private TimerService timers;
  @Inject private Config config;
  @Inject private BatchJobs jobs;

  @PostConstruct
  void schedule() {
    for (String job : BatchJobs.JOBS) {
      config
          .getOptionalValue("anagrafica.batch.schedule." + job, String.class)
          .filter(expression -> !expression.isBlank())
          .ifPresent(
              expression -> {
                try {
                  timers.createCalendarTimer(
                      CronSchedule.parse(expression).toScheduleExpression(),
                      new TimerConfig(job, false));
                  LOG.info(() -> "Job " + job + " scheduled: " + expression);
                } catch (IllegalArgumentException e) {
                  // A typo in one schedule must not keep the portal from starting.
                  LOG.severe("Job " + job + " not scheduled: " + e.getMessage());
                }
              });
    }
  }

  @Timeout
  void run(Timer timer) {
    String job = (String) timer.getInfo();
    try {
      Optional<Long> execution = start(job);
      execution.ifPresent(id -> LOG.info(() -> "Scheduled " + job + " started: execution " + id));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Scheduled " + job + " could not start", e);
    }
  }

  private Optional<Long> start(String job) {
    return switch (job) {
      case BatchJobs.IMPORT ->
          config
              .getOptionalValue("anagrafica.register.extract-file", String.class)
              .filter(file -> Files.isReadable(Path.of(file)))
              .or(
                  () -> {
                    LOG.warning(
                        "Scheduled import skipped: anagrafica.register.extract-file unreadable");
                    return Optional.empty();
                  })
              .map(file -> jobs.startImport(file, null));
      case BatchJobs.RECONCILE -> jobs.latestImport().map(jobs::startReconcile);
      default -> Optional.of(jobs.start(job));
    };
  }
}
