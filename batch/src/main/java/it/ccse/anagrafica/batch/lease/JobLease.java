package it.ccse.anagrafica.batch.lease;

import it.ccse.anagrafica.shared.application.JobLeases;
import it.ccse.anagrafica.shared.domain.lease.LeaseTerms;
import it.ccse.anagrafica.shared.domain.lease.LeasedResource;
import jakarta.annotation.Resource;
import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * BA-5: every job takes the database lease on the resource it works on (job property {@code lease},
 * else its name) before it runs, keeps it with a heartbeat while it runs and releases it when it
 * ends. A start while another job holds the lease fails at once, naming that job. A job whose lease
 * was taken over (its server stalled longer than the lease) is stopped, as the console would, with
 * exit status "lease persa": a chunk step at its next checkpoint, so an import can be restarted
 * from there.
 */
@Named
@Dependent
public class JobLease implements JobListener {

  private static final Logger LOG = Logger.getLogger(JobLease.class.getName());

  @EJB private JobLeases leases;
  @Inject private JobContext job;

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  private ManagedScheduledExecutorService scheduler;

  @Inject
  @ConfigProperty(name = "anagrafica.batch.lease-seconds")
  private long leaseSeconds;

  private LeasedResource resource;
  private long execution;
  private LeaseTerms terms;
  private ScheduledFuture<?> heartbeat;
  // Guarded by this: the heartbeat runs on another thread and must not renew after the release.
  private boolean ended;
  private boolean lost;

  @Override
  public void beforeJob() {
    resource = LeasedResource.of(job.getProperties().getProperty("lease"), job.getJobName());
    execution = job.getExecutionId();
    terms = LeaseTerms.ofSeconds(leaseSeconds);
    if (!leases.acquire(resource, job.getJobName(), execution, terms)) {
      String refusal = "già in esecuzione: " + leases.holder(resource).orElse(resource.name());
      job.setExitStatus(refusal);
      throw new IllegalStateException(refusal);
    }
    long beat = terms.heartbeat().toMillis();
    heartbeat = scheduler.scheduleAtFixedRate(this::renew, beat, beat, TimeUnit.MILLISECONDS);
  }

  private synchronized void renew() {
    if (ended || lost) {
      return;
    }
    try {
      if (!leases.renew(resource, execution, terms)) {
        lost = true;
        LOG.severe(() -> "Lease on " + resource.name() + " taken over: stopping " + execution);
        BatchRuntime.getJobOperator().stop(execution);
      }
    } catch (RuntimeException e) {
      // An exception would end the heartbeat; the next beat tries again while the lease lasts.
      LOG.log(Level.WARNING, "Renewing the lease on " + resource.name() + " failed", e);
    }
  }

  @Override
  public void afterJob() {
    if (heartbeat == null) {
      return; // refused: the lease is another job's
    }
    heartbeat.cancel(false);
    boolean held;
    synchronized (this) {
      ended = true;
      held = !lost;
    }
    if (held) {
      leases.release(resource, execution);
    } else {
      job.setExitStatus("lease persa: " + resource.name());
    }
  }
}
