package it.ccse.anagrafica.it;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The benchmark's naive job (b): each line staged and compared on its own, through JPA. */
@Named
@Dependent
public class NaiveRowWriter extends AbstractItemWriter {

  @EJB private NaiveRegister register;
  @Inject private JobContext job;

  @Override
  public void writeItems(List<Object> items) {
    for (Object item : items) {
      var line = (NaiveLineReader.Line) item;
      register.stageAndCompare(job.getInstanceId(), line.number(), line.text());
    }
  }
}
