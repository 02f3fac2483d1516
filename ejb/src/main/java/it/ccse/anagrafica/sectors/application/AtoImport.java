package it.ccse.anagrafica.sectors.application;

import it.ccse.anagrafica.sectors.application.AtoCsv.Problem;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * SE-3: CCSE maintains the ATOs by importing its list as CSV ({@link AtoCsv}). The import is all or
 * nothing: a file with a bad line changes nothing and answers every bad line; a good one adds the
 * new ATOs and updates the known ones (a {@code valid_to} retires one; none is deleted, since
 * sectors hold them). CCSE staff only.
 */
public interface AtoImport {

  /** How an import went: ATOs added and updated, or the lines refused (then nothing stored). */
  record AtoImportReport(int added, int updated, List<Problem> problems) implements Serializable {

    public boolean isApplied() {
      return problems.isEmpty();
    }
  }

  /** An ATO as the back office lists it, with its validity ({@code validTo} null: no end). */
  record AtoRow(String regionCode, String code, String name, LocalDate validFrom, LocalDate validTo)
      implements Serializable {}

  AtoImportReport importCsv(String fileName, InputStream csv);

  /** Every ATO, valid or not, by region and name. */
  List<AtoRow> all();
}
