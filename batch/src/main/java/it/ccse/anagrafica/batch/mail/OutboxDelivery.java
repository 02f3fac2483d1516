package it.ccse.anagrafica.batch.mail;

import it.ccse.anagrafica.notifications.application.DeliveryReport;
import it.ccse.anagrafica.notifications.application.OutboxService;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * BA-3 {@code validation-mail}: delivers the outbox in bulk with the timer's own delivery code, run
 * after run until nothing is due, and reports what it sent, left for a retry and gave up on.
 */
@Named
@Dependent
public class OutboxDelivery extends AbstractBatchlet {

  @EJB private OutboxService outbox;
  @Inject private JobContext job;

  private volatile boolean stopped;

  @Override
  public String process() {
    var total = DeliveryReport.NONE;
    while (!stopped) {
      var run = outbox.deliverDue();
      total = total.plus(run);
      if (run.isEmpty()) {
        break;
      }
    }
    job.setExitStatus(total.summary());
    return stopped ? "STOPPED" : "COMPLETED";
  }

  @Override
  public void stop() {
    stopped = true;
  }
}
