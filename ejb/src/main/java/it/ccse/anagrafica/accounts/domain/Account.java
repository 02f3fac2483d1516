package it.ccse.anagrafica.accounts.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person who logs in: username, hashed password, roles and, for operators, their company (by id:
 * the company area holds the company, this area only its identity, issue 16). A delegate is one
 * account across companies, each joined by a {@link CompanyMembership} (issue 15 finding 4).
 */
@Entity
@Table(name = "account")
@NamedQuery(
    name = "Account.byUsername",
    query = "select a from Account a where a.username = :username")
public class Account {

  // A person's codice fiscale has 16 letters and digits, a company's 11 digits.
  private static final Pattern CODICE_FISCALE = Pattern.compile("[a-z0-9]{16}|[0-9]{11}");

  /** Size of account.display_name. */
  private static final int DISPLAY_NAME_LENGTH = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
  @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
  private Long id;

  @Version private long version;

  @Column(nullable = false, unique = true)
  private String username;

  @Column(nullable = false)
  private String email;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Column(name = "password_hash")
  private String passwordHash;

  @Column(name = "pin_hash")
  private String pinHash;

  private boolean enabled;

  /** The operator's company; delegates have memberships instead, staff neither. */
  @Column(name = "company_id")
  private Long companyId;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
  @Column(name = "role")
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "invited_at")
  private LocalDateTime invitedAt;

  @Column(name = "pin_failures", nullable = false)
  private int pinFailures;

  @Column(name = "pin_locked_until")
  private LocalDateTime pinLockedUntil;

  /** When the password last changed: sessions signed in before it are over (issue 15). */
  @Column(name = "credentials_changed_at", nullable = false)
  private LocalDateTime credentialsChangedAt;

  protected Account() {}

  public Account(
      String username,
      String email,
      String displayName,
      Set<Role> roles,
      Long companyId,
      LocalDateTime createdAt) {
    if (roles.isEmpty()) {
      throw new IllegalArgumentException("An account needs at least one role");
    }
    if (roles.contains(Role.OPERATOR) != (companyId != null)) {
      throw new IllegalArgumentException(
          "An operator belongs to one company; delegates join companies by membership");
    }
    this.username = normalise(username);
    this.email = normaliseEmail(email);
    // Name and surname may have 100 characters each (FreeText.PERSON_NAME): the label is cut.
    this.displayName =
        displayName.length() > DISPLAY_NAME_LENGTH
            ? displayName.substring(0, DISPLAY_NAME_LENGTH)
            : displayName;
    this.roles = EnumSet.copyOf(roles);
    this.companyId = companyId;
    this.createdAt = createdAt;
    this.credentialsChangedAt = stamp(createdAt);
  }

  /** Usernames are case-insensitive: stored and looked up trimmed and lower-case. */
  public static String normalise(String username) {
    return username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * A username as people read it. Usernames are stored in lower case, but a company user's is their
   * codice fiscale, whose canonical form is upper case; staff names stay as stored.
   */
  public static String shown(String username) {
    return CODICE_FISCALE.matcher(username).matches()
        ? username.toUpperCase(java.util.Locale.ROOT)
        : username;
  }

  /**
   * E-mail addresses are matched case-insensitively (duplicates, "Hai problemi con l'accesso?").
   */
  public static String normaliseEmail(String email) {
    return email == null ? "" : email.trim().toLowerCase(java.util.Locale.ROOT);
  }

  /** Staff and imported accounts: the password only, no signing PIN. */
  public void activate(char[] password) {
    PasswordPolicy.check(password, username);
    this.passwordHash = PasswordHash.of(password).encoded();
    this.enabled = true;
  }

  /** ON-3: the holder sets password and signing PIN through the activation link. */
  public void activate(char[] password, char[] pin) {
    Pin.check(pin);
    activate(password);
    this.pinHash = PasswordHash.of(pin).encoded();
  }

  /**
   * ON-5, ON-6: a new password, once the holder has proved who they are (a reset link, or the
   * current password checked like a login). Sessions signed in with the old one end.
   */
  public void changePassword(char[] replacement, LocalDateTime now) {
    if (!enabled) {
      throw new IllegalStateException("An account gets its first password by activation");
    }
    PasswordPolicy.check(replacement, username);
    this.passwordHash = PasswordHash.of(replacement).encoded();
    this.credentialsChangedAt = stamp(now);
  }

  /**
   * A new signing PIN, only after the current one was accepted: the PIN is a second factor, the
   * password alone does not replace it (issue 15). The check comes from {@link #signWithPin}, whose
   * count of wrong PINs the caller keeps even when this refuses.
   */
  public void changePin(PinCheck currentPin, char[] newPin) {
    currentPin.requireAccepted();
    Pin.check(newPin);
    this.pinHash = PasswordHash.of(newPin).encoded();
  }

  /** Compared for equality after a trip through the database, so no finer than any column keeps. */
  private static LocalDateTime stamp(LocalDateTime when) {
    return when.truncatedTo(ChronoUnit.MILLIS);
  }

  /**
   * MD-9 "Firma": the signing PIN confirms a change. Consecutive wrong PINs lock signing for a
   * while (the policy's numbers); the right PIN resets the count. The caller must keep the count
   * even when the signature fails, i.e. record it in a transaction of its own.
   */
  public PinCheck signWithPin(char[] pin, LocalDateTime now, LockoutPolicy policy) {
    if (pinLockedUntil != null && now.isBefore(pinLockedUntil)) {
      return PinCheck.locked(pinLockedUntil);
    }
    if (pinHash != null && PasswordHash.fromEncoded(pinHash).matches(pin)) {
      pinFailures = 0;
      pinLockedUntil = null;
      return PinCheck.ok();
    }
    pinFailures++;
    if (pinFailures >= policy.maxFailures()) {
      pinFailures = 0;
      pinLockedUntil = now.plus(policy.lockDuration());
      return PinCheck.locked(pinLockedUntil);
    }
    return PinCheck.wrong(policy.maxFailures() - pinFailures);
  }

  /** Whether the account may log in with this password. */
  /**
   * ON-4: an account not activated or disabled is checked against the decoy hash all the same, so
   * the time of the answer does not tell it apart from a wrong password (issue 15, finding 4).
   */
  public boolean acceptsPassword(char[] password) {
    boolean usable = enabled && passwordHash != null;
    var hash = usable ? PasswordHash.fromEncoded(passwordHash) : PasswordHash.DECOY;
    return hash.matches(password) && usable;
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getEmail() {
    return email;
  }

  public String getDisplayName() {
    return displayName;
  }

  public boolean isEnabled() {
    return enabled;
  }

  /** The id of the operator's company. */
  public Optional<Long> getCompanyId() {
    return Optional.ofNullable(companyId);
  }

  public Set<Role> getRoles() {
    return Collections.unmodifiableSet(roles);
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public LocalDateTime getCredentialsChangedAt() {
    return credentialsChangedAt;
  }

  /** ON-7 "Invita": the activation e-mail went out; an active account is never invited. */
  public void invited(LocalDateTime when) {
    if (enabled) {
      throw new IllegalStateException("An active account is not invited");
    }
    this.invitedAt = when;
  }

  public Optional<LocalDateTime> getInvitedAt() {
    return Optional.ofNullable(invitedAt);
  }
}
