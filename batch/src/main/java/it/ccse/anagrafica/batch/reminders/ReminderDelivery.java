package it.ccse.anagrafica.batch.reminders;

import it.ccse.anagrafica.notifications.application.Reminders;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** BA-4 {@code reminders}: queues the reminders due and reports how many of each kind. */
@Named
@Dependent
public class ReminderDelivery extends AbstractBatchlet {

  @EJB private Reminders reminders;
  @Inject private JobContext job;

  @Override
  public String process() {
    job.setExitStatus(reminders.send().summary());
    return "COMPLETED";
  }
}
