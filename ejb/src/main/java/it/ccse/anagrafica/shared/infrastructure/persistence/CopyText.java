package it.ccse.anagrafica.shared.infrastructure.persistence;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Rows in PostgreSQL's COPY text format (tab between columns, {@code \N} for null, backslash
 * escapes for backslash, tab, newline and carriage return), sent to a {@code COPY … FROM STDIN}
 * stream every 64 K characters: the database stores the first rows while the next are formatted
 * (ADR 0005). Written here because it is a few lines, while the CSV printer it replaces quoted
 * every value.
 *
 * <p>Closing sends what is left and ends the COPY; when a row fails half-way the caller's
 * transaction, which the COPY is part of, is what undoes the rows sent.
 */
public final class CopyText implements AutoCloseable {

  private static final int SEND_AT = 1 << 16;

  private final OutputStream copy;
  private final StringBuilder text = new StringBuilder(SEND_AT + SEND_AT / 4);
  private boolean rowStarted;

  /**
   * @param copy the COPY's input, e.g. {@code new PGCopyOutputStream(connection, "COPY … FROM
   *     STDIN")}
   */
  public CopyText(OutputStream copy) {
    this.copy = copy;
  }

  /** Adds a column to the current row; {@code null} is SQL NULL, anything else its string. */
  public CopyText column(Object value) {
    if (rowStarted) {
      text.append('\t');
    }
    rowStarted = true;
    if (value == null) {
      text.append("\\N");
      return this;
    }
    String s = value.toString();
    if (plain(s)) {
      text.append(s);
      return this;
    }
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '\\' -> text.append("\\\\");
        case '\t' -> text.append("\\t");
        case '\n' -> text.append("\\n");
        case '\r' -> text.append("\\r");
        default -> text.append(ch);
      }
    }
    return this;
  }

  /**
   * Nearly every value has nothing to escape: appended whole. One comparison per character for the
   * usual ones; a value with any control character takes the loop above, which escapes only
   * backslash, tab, newline and carriage return.
   */
  private static boolean plain(String s) {
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch < ' ' || ch == '\\') {
        return false;
      }
    }
    return true;
  }

  /** Ends the current row, sending the rows so far once they fill the buffer. */
  public CopyText endRow() throws IOException {
    text.append('\n');
    rowStarted = false;
    if (text.length() >= SEND_AT) {
      send();
    }
    return this;
  }

  private void send() throws IOException {
    copy.write(text.toString().getBytes(StandardCharsets.UTF_8));
    text.setLength(0);
  }

  /** Sends the last rows and ends the COPY. */
  @Override
  public void close() throws IOException {
    try {
      send();
    } finally {
      copy.close();
    }
  }
}
