package it.ccse.anagrafica.batch.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** BA-1: lines parsed ahead on a second thread come out complete, in order, failures included. */
class ReadAheadTest {

  private final ExecutorService executor = Executors.newSingleThreadExecutor();

  @AfterEach
  void stop() throws InterruptedException {
    executor.shutdownNow();
    assertTrue(executor.awaitTermination(5, TimeUnit.SECONDS), "the parsing thread ends");
  }

  @Test
  void ba1EveryLineInOrderThenNull() {
    var lines = IntStream.range(0, 2_345).boxed().toList();
    try (var ahead = new ReadAhead<Integer>(lines.iterator(), 1_000, executor)) {
      var taken = new ArrayList<Integer>();
      for (Integer line = ahead.take(); line != null; line = ahead.take()) {
        taken.add(line);
      }
      assertEquals(lines, taken);
      assertNull(ahead.take(), "still null after the end");
    }
  }

  @Test
  void ba1LinesBeforeAFailureFirstThenTheFailure() {
    var failure = new IllegalStateException("riga illeggibile");
    Iterator<Integer> source =
        new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return true;
          }

          @Override
          public Integer next() {
            if (next == 3) {
              throw failure;
            }
            return next++;
          }
        };
    try (var ahead = new ReadAhead<Integer>(source, 1_000, executor)) {
      assertEquals(List.of(0, 1, 2), List.of(ahead.take(), ahead.take(), ahead.take()));
      assertSame(failure, assertThrows(IllegalStateException.class, ahead::take));
    }
  }

  @Test
  void ba1ClosingEarlyStopsTheParsingThread() {
    Iterator<Integer> endless = IntStream.iterate(0, i -> i + 1).iterator();
    try (var ahead = new ReadAhead<Integer>(endless, 1_000, executor)) {
      assertEquals(0, ahead.take());
    }
  }
}
