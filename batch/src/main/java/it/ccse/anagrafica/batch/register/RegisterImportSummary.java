package it.ccse.anagrafica.batch.register;

import it.ccse.anagrafica.reconciliation.application.RegisterStaging;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * BA-1 last step: duplicates of the file become errors, then the counts; the job fails with that
 * summary only when the rejected lines pass {@code anagrafica.register.max-error-rate}.
 */
@Named
@Dependent
public class RegisterImportSummary extends AbstractBatchlet {

  @EJB private RegisterStaging staging;
  @Inject private JobContext job;

  @Inject
  @ConfigProperty(name = "anagrafica.register.max-error-rate")
  private double configuredMaxErrorRate;

  /** The job parameter {@code maxErrorRate}, when the administrator gives one for this run. */
  @Inject
  @BatchProperty(name = "maxErrorRate")
  private String maxErrorRateParameter;

  @Override
  public String process() {
    double maxErrorRate =
        maxErrorRateParameter == null || maxErrorRateParameter.isBlank()
            ? configuredMaxErrorRate
            : Double.parseDouble(maxErrorRateParameter);
    staging.rejectDuplicates(job.getInstanceId());
    var counts = staging.counts(job.getInstanceId());
    job.setExitStatus(counts.summary());
    if (counts.exceeds(maxErrorRate)) {
      throw new IllegalStateException(
          counts.summary()
              + String.format(Locale.ITALY, ": oltre il limite del %.1f%%", maxErrorRate * 100));
    }
    return "COMPLETED";
  }
}
