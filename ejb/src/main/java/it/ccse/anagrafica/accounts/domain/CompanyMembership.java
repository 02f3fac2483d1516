package it.ccse.anagrafica.accounts.domain;

import it.ccse.anagrafica.shared.domain.InvalidValueException;
import it.ccse.anagrafica.shared.domain.OutOfScopeException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A delegate's belonging to a company (VW-1, MD-13, issue 15 finding 4). A person has one account
 * whichever companies name them; a company other than the first only invites them, and sees them
 * act for it, and they see its file, once they accept with their own credentials.
 */
@Entity
@Table(name = "company_membership")
public class CompanyMembership {

  public enum State {
    /** Named by a signed change of the company; its data are not shown to the person yet. */
    INVITED,
    /** The person acts for the company through its devices. */
    ACCEPTED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "company_membership_seq")
  @SequenceGenerator(
      name = "company_membership_seq",
      sequenceName = "company_membership_seq",
      allocationSize = 50)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id")
  private Account account;

  /** The company, by id: the company area holds it (issue 16). */
  @Column(name = "company_id", nullable = false)
  private Long companyId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private State state;

  @Column(name = "invited_at", nullable = false)
  private LocalDateTime invitedAt;

  @Column(name = "accepted_at")
  private LocalDateTime acceptedAt;

  protected CompanyMembership() {}

  private CompanyMembership(Account account, long companyId, State state, LocalDateTime now) {
    if (!account.getRoles().contains(Role.DELEGATE)) {
      throw new IllegalArgumentException("Only delegates join companies");
    }
    this.account = account;
    this.companyId = companyId;
    this.state = state;
    this.invitedAt = now;
    this.acceptedAt = state == State.ACCEPTED ? now : null;
  }

  /** A person who already has an account, named by another company: they decide. */
  public static CompanyMembership invited(Account account, long companyId, LocalDateTime now) {
    return new CompanyMembership(account, companyId, State.INVITED, now);
  }

  /**
   * A person new to the portal, whose account the company's change creates: activating it, with the
   * link sent to the address the company gave, is accepting.
   */
  public static CompanyMembership accepted(Account account, long companyId, LocalDateTime now) {
    return new CompanyMembership(account, companyId, State.ACCEPTED, now);
  }

  /** Only the invited person accepts, once. */
  void accept(Account signedIn, LocalDateTime now) {
    // Usernames are unique and never change: the same person in any persistence context.
    if (!signedIn.getUsername().equals(account.getUsername())) {
      throw new OutOfScopeException("invitation.otherPerson");
    }
    if (state == State.ACCEPTED) {
      throw new InvalidValueException("invitation.alreadyAccepted");
    }
    state = State.ACCEPTED;
    acceptedAt = now;
  }

  public boolean isAccepted() {
    return state == State.ACCEPTED;
  }

  public State getState() {
    return state;
  }

  public Account getAccount() {
    return account;
  }

  public Long getCompanyId() {
    return companyId;
  }

  public Optional<LocalDateTime> getAcceptedAt() {
    return Optional.ofNullable(acceptedAt);
  }
}
