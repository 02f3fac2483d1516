package it.ccse.anagrafica.reconciliation.application;

import it.ccse.anagrafica.reconciliation.application.RegisterExtract.Entry;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * BA-1: writes a chunk of extract lines into the staging tables, in the chunk's transaction, so a
 * checkpoint and its rows commit together; then reports the import.
 */
public interface RegisterStaging {

  /** What an import staged: lines accepted, lines rejected (bad or duplicate). */
  record ImportCounts(long staged, long rejected) {

    public long read() {
      return staged + rejected;
    }

    /** Rejected lines per line read; 0 for an empty file. */
    public double errorRate() {
      return read() == 0 ? 0 : (double) rejected / read();
    }

    /** BA-1: the import fails only when its rejected lines pass the limit. */
    public boolean exceeds(double maxErrorRate) {
      return errorRate() > maxErrorRate;
    }

    /** The import's exit status, for the console and the history. */
    public String summary() {
      return String.format(
          Locale.ITALY,
          "letti %d, importati %d, scartati %d (%.1f%%)",
          read(),
          staged,
          rejected,
          errorRate() * 100);
    }
  }

  /** A rejected line as the report shows it. */
  record ImportError(long line, String column, String value, String reasonKey, String arguments) {}

  void write(long importId, List<Entry> entries);

  /**
   * Where an import starts: at its checkpoint when the lines staged and rejected so far are all
   * there. Otherwise from the start (a new import, or a restart after PostgreSQL emptied the
   * unlogged staging table in a crash, V18), with the staging table emptied: a reconciliation reads
   * only the newest import, and older lines would lengthen every scan of it.
   */
  long resumeAt(long importId, long checkpoint);

  /**
   * A codice fiscale met again in the same file: the first line stays staged, the later ones become
   * errors naming it (set-based, once, at the end of the import).
   */
  void rejectDuplicates(long importId);

  /**
   * The ISTAT codes of the current comuni, read once per import: a few thousand codes, so the check
   * costs no query per line and memory does not grow with the file.
   */
  Set<String> knownComuni();

  ImportCounts counts(long importId);

  /** The rejected lines in file order (for the downloadable report). */
  List<ImportError> errors(long importId);

  /** AD-4: the rejected lines as a CSV file, with the reasons in Italian. */
  byte[] errorsCsv(long importId);
}
