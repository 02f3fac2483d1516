package it.ccse.anagrafica.accounts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Consecutive login failures for one username as typed, whether or not an account has it: unknown
 * names are throttled exactly like known ones, so the answers never reveal which exist (ON-4).
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle {

  @Id private String username;

  @Version private long version;

  private int failures;

  @Column(name = "last_failure_at")
  private LocalDateTime lastFailureAt;

  @Column(name = "locked_until")
  private LocalDateTime lockedUntil;

  protected LoginThrottle() {}

  public LoginThrottle(String username) {
    this.username = Account.normalise(username);
  }

  public boolean isLocked(LocalDateTime now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  public Optional<LocalDateTime> lockedUntil(LocalDateTime now) {
    return isLocked(now) ? Optional.of(lockedUntil) : Optional.empty();
  }

  /**
   * Counts a failure; returns true when this failure starts a lock-out. Failures older than the
   * lock duration no longer count, and an expired lock starts a fresh count.
   */
  public boolean registerFailure(LocalDateTime now, LockoutPolicy policy) {
    boolean stale =
        lastFailureAt != null && lastFailureAt.plus(policy.lockDuration()).isBefore(now);
    boolean lockExpired = lockedUntil != null && !isLocked(now);
    if (stale || lockExpired) {
      failures = 0;
      lockedUntil = null;
    }
    failures++;
    lastFailureAt = now;
    if (failures >= policy.maxFailures() && lockedUntil == null) {
      lockedUntil = now.plus(policy.lockDuration());
      return true;
    }
    return false;
  }

  public void clear() {
    failures = 0;
    lastFailureAt = null;
    lockedUntil = null;
  }

  public String getUsername() {
    return username;
  }

  public int getFailures() {
    return failures;
  }
}
