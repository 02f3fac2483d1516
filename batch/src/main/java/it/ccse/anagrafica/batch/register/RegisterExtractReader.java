package it.ccse.anagrafica.batch.register;

import it.ccse.anagrafica.registry.application.register.RegisterExtract;
import it.ccse.anagrafica.registry.application.register.RegisterStaging;
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

  /** Lines parsed ahead: one chunk of the job's default size. */
  private static final int AHEAD = 10_000;

  @EJB private RegisterStaging staging;

  @Resource private ManagedExecutorService executor;
  @Inject private JobContext job;

  private RegisterExtract extract;
  private ReadAhead<RegisterExtract.Entry> ahead;
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
    ahead = new ReadAhead<>(extract, AHEAD, executor);
  }

  @Override
  public Object readItem() {
    var entry = ahead.take();
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
    if (ahead != null) {
      ahead.close();
    }
    if (extract != null) {
      extract.close();
    }
  }
}
