package it.ccse.anagrafica.file.domain.changes;

import it.ccse.anagrafica.file.domain.CompanyFile;
import java.util.List;
import java.util.Optional;

public interface ChangeSetRepository {

  /** The author's unsigned set on the file, if any: it survives logout (MD-9). */
  Optional<ChangeSet> pendingOf(CompanyFile file, String author);

  /**
   * Writes the set at once; refused with "changeSet.concurrent" when another session of the author
   * saved meanwhile (a second pending set, or this one changed).
   */
  ChangeSet store(ChangeSet changeSet);

  void remove(ChangeSet changeSet);

  /** "R-2026-000042": the series of signed-change reports only. */
  String nextReportId(int year);

  void store(ChangeReport report);

  Optional<ChangeReport> report(CompanyFile file, String reportId);

  /** Newest first. */
  List<ChangeReport> reports(CompanyFile file);
}
