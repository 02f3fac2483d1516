package it.ccse.anagrafica.batch.register;

import it.ccse.anagrafica.reconciliation.application.RegisterExtract;
import it.ccse.anagrafica.reconciliation.application.RegisterStaging;
import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * BA-1 reader: the extract named by the job parameter {@code file}, one line at a time, parsed
 * ahead on a second thread ({@link ReadAhead}). The checkpoint is the number of data records read,
 * so a restart skips exactly those (or starts again if the database lost them).
 */
@Named
@Dependent
public class RegisterExtractReader extends AbstractItemReader {

  @Inject
  @BatchProperty(name = "file")
  private String file;

  /** Lines parsed ahead: one chunk, so the next chunk is ready while this one is written. */
  @Inject
  @BatchProperty(name = "ahead")
  private String ahead;

  @EJB private RegisterStaging staging;

  @Resource private ManagedExecutorService executor;
  @Inject private JobContext job;

  private RegisterExtract extract;
  private ReadAhead<RegisterExtract.Entry> parsed;
  private long read;

  @Override
  public void open(Serializable checkpoint) throws IOException {
    BufferedReader text = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8);
    text.mark(1);
    if (text.read() != '\uFEFF') {
      text.reset();
    }
    extract = RegisterExtract.open(text, staging.knownComuni()::contains);
    read = staging.resumeAt(job.getInstanceId(), checkpoint == null ? 0 : (Long) checkpoint);
    extract.skip(read);
    parsed = new ReadAhead<>(extract, Integer.parseInt(ahead), executor);
  }

  @Override
  public Object readItem() {
    var entry = parsed.take();
    if (entry != null) {
      read++;
    }
    return entry;
  }

  @Override
  public Serializable checkpointInfo() {
    return read;
  }

  @Override
  public void close() {
    if (parsed != null) {
      parsed.close();
    }
    if (extract != null) {
      extract.close();
    }
  }
}
