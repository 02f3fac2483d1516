package it.ccse.anagrafica.reconciliation.application;

import it.ccse.anagrafica.notifications.application.NotificationService;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;

/**
 * BA-2: compares every company and registered office with a staged extract, set-based (one
 * statement per step, never one company at a time), in one transaction: differences are merged into
 * the misalignments (opened, updated, resolved), the register's activity status is recorded, and
 * each company whose misalignments changed gets one notification.
 */
@Stateless
public class RegisterReconciliation {

  /** What one reconciliation did: misalignments opened, still open (refreshed), resolved. */
  public record Outcome(int opened, int stillOpen, int resolved, int companiesNotified)
      implements Serializable {

    /** The reconciliation's exit status, for the console and the history. */
    public String summary() {
      return "aperti "
          + opened
          + ", ancora aperti "
          + stillOpen
          + ", risolti "
          + resolved
          + ", aziende avvisate "
          + companiesNotified;
    }
  }

  /**
   * The import has no lines to compare: it was empty, or a newer import has replaced its lines
   * (only the newest is kept). Its message is the job's exit status.
   */
  @ApplicationException(rollback = true)
  public static class NothingStaged extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NothingStaged(long importId) {
      super(
          "l’importazione "
              + importId
              + " non ha righe da confrontare (vuota, o sostituita da una più recente)");
    }
  }

  @Inject private Clock clock;
  @Inject private MisalignmentMerger merger;
  @EJB private NotificationService notifications;

  public Outcome reconcile(long importId) {
    var merge = merger.merge(importId, LocalDateTime.now(clock));
    notifications.notifyCompanies(
        merge.changed(), "notification.misalignments", "", "/area/disallineamenti.xhtml");
    return merge.outcome();
  }
}
