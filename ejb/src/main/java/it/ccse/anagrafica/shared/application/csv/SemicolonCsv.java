package it.ccse.anagrafica.shared.application.csv;

import org.apache.commons.csv.CSVFormat;

/**
 * The CSV dialect of every file CCSE exchanges (legacy registry, Business Register extracts): RFC
 * 4180 with {@code ;}, a header naming the columns in any order, values trimmed.
 */
public final class SemicolonCsv {

  private SemicolonCsv() {}

  /** The dialect: {@code ;} between values, RFC 4180 quotes, values trimmed. */
  public static CSVFormat.Builder dialect() {
    return CSVFormat.DEFAULT.builder().setDelimiter(';').setTrim(true);
  }

  /** The dialect with its header line; each reader adds what it does with empty lines. */
  public static CSVFormat.Builder withHeader() {
    return dialect().setHeader().setSkipHeaderRecord(true);
  }
}
