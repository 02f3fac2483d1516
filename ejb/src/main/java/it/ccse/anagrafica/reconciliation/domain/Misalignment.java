package it.ccse.anagrafica.reconciliation.domain;

import it.ccse.anagrafica.company.domain.Company;
import it.ccse.anagrafica.shared.domain.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A field of a company that differs from the Business Register (BA-2). The reconciliation writes
 * these rows set-based; the entity is the operator's side (BR-1): an open difference is settled by
 * "ALLINEA" or "AUTOCERTIFICA" once the change set that says so is signed.
 */
@Entity
@Table(name = "misalignment")
public class Misalignment {

  @Id private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "company_id")
  private Company company;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RegisterField field;

  @Column(name = "declared_value")
  private String declaredValue;

  @Column(name = "register_value", nullable = false)
  private String registerValue;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MisalignmentStatus status;

  @Column(name = "first_seen", nullable = false)
  private LocalDateTime firstSeen;

  @Column(name = "last_seen", nullable = false)
  private LocalDateTime lastSeen;

  @Column(name = "closed_at")
  private LocalDateTime closedAt;

  protected Misalignment() {}

  /**
   * BR-1 at signing: the operator's answer, given on the register value they saw. A difference
   * closed or changed by a reconciliation meanwhile is refused, so nobody certifies a value they
   * never saw.
   */
  public void settle(MisalignmentStatus answer, String registerValueSeen, LocalDateTime now) {
    if (answer != MisalignmentStatus.ALIGNED && answer != MisalignmentStatus.CERTIFIED) {
      throw new IllegalArgumentException("Not an operator's answer: " + answer);
    }
    requireOpenAsSeen(registerValueSeen);
    status = answer;
    closedAt = now;
  }

  /** Refuses an answer on a difference that is no longer open with the value the operator saw. */
  public void requireOpenAsSeen(String registerValueSeen) {
    if (!status.isOpen() || !Objects.equals(registerValue, registerValueSeen)) {
      throw new ConflictException("misalignment.changed", field.name());
    }
  }

  public boolean belongsTo(Company other) {
    return company.getId().equals(other.getId());
  }

  public Long getId() {
    return id;
  }

  public Company getCompany() {
    return company;
  }

  public RegisterField getField() {
    return field;
  }

  public String getDeclaredValue() {
    return declaredValue;
  }

  public String getRegisterValue() {
    return registerValue;
  }

  public MisalignmentStatus getStatus() {
    return status;
  }

  public LocalDateTime getFirstSeen() {
    return firstSeen;
  }

  public LocalDateTime getLastSeen() {
    return lastSeen;
  }

  public LocalDateTime getClosedAt() {
    return closedAt;
  }
}
