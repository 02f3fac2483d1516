package it.ccse.anagrafica.batch.register;

import it.ccse.anagrafica.reconciliation.application.RegisterExtract.Entry;
import it.ccse.anagrafica.reconciliation.application.RegisterStaging;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** BA-1 writer: a chunk of lines into the staging tables, keyed by the job instance. */
@Named
@Dependent
public class RegisterStagingWriter extends AbstractItemWriter {

  @EJB private RegisterStaging staging;
  @Inject private JobContext job;

  @Override
  public void writeItems(List<Object> items) {
    staging.write(job.getInstanceId(), items.stream().map(Entry.class::cast).toList());
  }
}
