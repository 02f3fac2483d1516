package it.ccse.anagrafica.batch.register;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * BA-1: the extract's lines parsed on a second thread while the chunk's thread writes the previous
 * chunk, so parsing and PostgreSQL's COPY use both cores instead of taking turns (ADR 0005). Lines
 * are handed over in batches: one hand-over per line woke a thread a million times per file. At
 * most {@code capacity} parsed lines wait, so memory stays flat in the file's size. The chunk's
 * thread alone counts what it took, so checkpoints are unaffected: lines parsed ahead and not taken
 * are parsed again after a restart.
 */
final class ReadAhead<T> implements AutoCloseable {

  private static final int BATCH = 500;

  /** What the parsing thread puts after the last batch, or with the failure that stopped it. */
  private record End(RuntimeException failure) {}

  private final BlockingQueue<Object> queue;
  private final Future<?> parsing;
  private Iterator<T> batch = Collections.emptyIterator();
  private End end;

  ReadAhead(Iterator<? extends T> source, int capacity, ExecutorService executor) {
    this.queue = new ArrayBlockingQueue<>(Math.max(1, capacity / BATCH));
    this.parsing = executor.submit(() -> fill(source));
  }

  private void fill(Iterator<? extends T> source) {
    List<T> lines = new ArrayList<>(BATCH);
    try {
      End end = new End(null);
      try {
        while (source.hasNext()) {
          lines.add(source.next());
          if (lines.size() == BATCH) {
            queue.put(lines);
            lines = new ArrayList<>(BATCH);
          }
        }
      } catch (RuntimeException e) {
        end = new End(e);
      }
      queue.put(lines);
      queue.put(end);
    } catch (InterruptedException e) {
      // closed before the end: nobody waits for the rest
      Thread.currentThread().interrupt();
    }
  }

  /** The next parsed line, waiting for it if needed; null after the last. */
  @SuppressWarnings("unchecked")
  T take() {
    while (!batch.hasNext()) {
      if (end != null) {
        if (end.failure != null) {
          throw end.failure;
        }
        return null;
      }
      Object next;
      try {
        next = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Reading the extract was interrupted", e);
      }
      if (next instanceof End e) {
        end = e;
      } else {
        batch = ((List<T>) next).iterator();
      }
    }
    return batch.next();
  }

  /** Stops the parsing thread; what it parsed and nobody took is dropped. */
  @Override
  public void close() {
    parsing.cancel(true);
    queue.clear();
  }
}
