package it.ccse.anagrafica.it;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.BufferedReader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The benchmark's naive job (b): the extract one line at a time, no header. */
@Named
@Dependent
public class NaiveLineReader extends AbstractItemReader {

  /** A line of the extract with its number (1 = the first after the header). */
  public record Line(long number, String text) implements Serializable {}

  @Inject
  @BatchProperty(name = "file")
  private String file;

  private BufferedReader reader;
  private long number;

  @Override
  public void open(Serializable checkpoint) throws Exception {
    reader = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8);
    reader.readLine();
    long done = checkpoint == null ? 0 : (Long) checkpoint;
    while (number < done && reader.readLine() != null) {
      number++;
    }
  }

  @Override
  public Object readItem() throws Exception {
    String text = reader.readLine();
    return text == null ? null : new Line(++number, text);
  }

  @Override
  public Serializable checkpointInfo() {
    return number;
  }

  @Override
  public void close() throws Exception {
    reader.close();
  }
}
