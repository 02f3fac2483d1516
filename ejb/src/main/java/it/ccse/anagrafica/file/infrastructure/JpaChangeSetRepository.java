package it.ccse.anagrafica.file.infrastructure;

import it.ccse.anagrafica.file.domain.CompanyFile;
import it.ccse.anagrafica.file.domain.changes.ChangeReport;
import it.ccse.anagrafica.file.domain.changes.ChangeSet;
import it.ccse.anagrafica.file.domain.changes.ChangeSetRepository;
import it.ccse.anagrafica.shared.domain.ConflictException;
import it.ccse.anagrafica.shared.infrastructure.persistence.Sequences;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaChangeSetRepository implements ChangeSetRepository {

  @PersistenceContext(unitName = "anagrafica")
  private EntityManager em;

  @Override
  public Optional<ChangeSet> pendingOf(CompanyFile file, String author) {
    return em.createQuery(
            "select s from ChangeSet s where s.file = :file and s.pendingAuthor = :author",
            ChangeSet.class)
        .setParameter("file", file)
        .setParameter("author", author)
        .getResultStream()
        .findFirst();
  }

  @Override
  public ChangeSet store(ChangeSet changeSet) {
    if (changeSet.getId() == null) {
      em.persist(changeSet);
    }
    // Flushed here: at commit a conflict would reach the user as an error page.
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new ConflictException("changeSet.concurrent");
    } catch (PersistenceException e) {
      if (isUniqueViolation(e)) {
        throw new ConflictException("changeSet.concurrent");
      }
      throw e;
    }
    return changeSet;
  }

  /** SQLSTATE 23505, the same on PostgreSQL and H2: here only the one pending set per author. */
  private static boolean isUniqueViolation(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void remove(ChangeSet changeSet) {
    em.remove(changeSet);
  }

  @Override
  public String nextReportId(int year) {
    return String.format("R-%d-%06d", year, Sequences.next(em, "report_number_seq"));
  }

  @Override
  public void store(ChangeReport report) {
    em.persist(report);
  }

  @Override
  public Optional<ChangeReport> report(CompanyFile file, String reportId) {
    return em.createQuery(
            "select r from ChangeReport r where r.file = :file and r.reportId = :id",
            ChangeReport.class)
        .setParameter("file", file)
        .setParameter("id", reportId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<ChangeReport> reports(CompanyFile file) {
    return em.createQuery(
            "select r from ChangeReport r where r.file = :file order by r.createdAt desc, r.id desc",
            ChangeReport.class)
        .setParameter("file", file)
        .getResultList();
  }
}
