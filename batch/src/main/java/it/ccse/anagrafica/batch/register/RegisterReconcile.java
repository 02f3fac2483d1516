package it.ccse.anagrafica.batch.register;

import it.ccse.anagrafica.reconciliation.application.RegisterReconciliation;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** BA-2: reconciles the registry with the import named by the job parameter {@code importId}. */
@Named
@Dependent
public class RegisterReconcile extends AbstractBatchlet {

  @EJB private RegisterReconciliation reconciliation;
  @Inject private JobContext job;

  @Inject
  @BatchProperty(name = "importId")
  private String importId;

  @Override
  public String process() {
    try {
      job.setExitStatus(reconciliation.reconcile(Long.parseLong(importId)).summary());
    } catch (RegisterReconciliation.NothingStaged e) {
      job.setExitStatus(e.getMessage());
      throw e;
    }
    return "COMPLETED";
  }
}
