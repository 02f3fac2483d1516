package it.ccse.anagrafica.batch.lease;

import it.ccse.anagrafica.shared.application.JobLeases;
import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * BA-5: every job takes its database lease before it runs; a second start of the same job, here or
 * on another server, fails at once saying so, and the lease is released when the job ends.
 */
@Named
@Dependent
public class JobLease implements JobListener {

  @EJB private JobLeases leases;
  @Inject private JobContext job;

  @Inject
  @ConfigProperty(name = "anagrafica.batch.lease-hours")
  private int leaseHours;

  private boolean held;

  @Override
  public void beforeJob() {
    held = leases.acquire(job.getJobName(), job.getExecutionId(), Duration.ofHours(leaseHours));
    if (!held) {
      String refusal = "già in esecuzione: " + job.getJobName();
      job.setExitStatus(refusal);
      throw new IllegalStateException(refusal);
    }
  }

  @Override
  public void afterJob() {
    if (held) {
      leases.release(job.getJobName(), job.getExecutionId());
    }
  }
}
