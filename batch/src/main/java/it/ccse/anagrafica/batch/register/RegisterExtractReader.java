package it.ccse.anagrafica.batch.register;

import it.ccse.anagrafica.registry.application.register.RegisterExtract;
import it.ccse.anagrafica.registry.application.register.RegisterStaging;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.ejb.EJB;
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
 * BA-1 reader: the extract named by the job parameter {@code file}, one line at a time. The
 * checkpoint is the number of data records read, so a restart skips exactly those.
 */
@Named
@Dependent
public class RegisterExtractReader extends AbstractItemReader {

  @Inject
  @BatchProperty(name = "file")
  private String file;

  @EJB private RegisterStaging staging;

  private RegisterExtract extract;
  private long read;

  @Override
  public void open(Serializable checkpoint) throws IOException {
    BufferedReader text = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8);
    text.mark(1);
    if (text.read() != '\uFEFF') {
      text.reset();
    }
    extract = RegisterExtract.open(text, staging.knownComuni()::contains);
    read = checkpoint == null ? 0 : (Long) checkpoint;
    extract.skip(read);
  }

  @Override
  public Object readItem() {
    if (!extract.hasNext()) {
      return null;
    }
    read++;
    return extract.next();
  }

  @Override
  public Serializable checkpointInfo() {
    return read;
  }

  @Override
  public void close() {
    if (extract != null) {
      extract.close();
    }
  }
}
