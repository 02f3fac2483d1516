package it.ccse.anagrafica.accounts.domain;

import it.ccse.anagrafica.shared.domain.InvalidValueException;
import it.ccse.anagrafica.shared.domain.NotFoundException;
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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A single-use, expiring link (activation, password reset, invitation to another company). The
 * secret is handed out once, when the token is issued; only its SHA-256 is stored. Only the latest
 * link of a purpose works: a newer one, or for reset links a new password, revokes it (issue 15).
 */
@Entity
@Table(name = "account_token")
public class AccountToken {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_token_seq")
  @SequenceGenerator(
      name = "account_token_seq",
      sequenceName = "account_token_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id")
  private Account account;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TokenPurpose purpose;

  @Column(name = "token_hash", nullable = false, unique = true)
  private String tokenHash;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "expires_at", nullable = false)
  private LocalDateTime expiresAt;

  @Column(name = "used_at")
  private LocalDateTime usedAt;

  @Column(name = "revoked_at")
  private LocalDateTime revokedAt;

  /** The company membership a {@link TokenPurpose#COMPANY_INVITATION} link accepts. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "membership_id")
  private CompanyMembership membership;

  protected AccountToken() {}

  private AccountToken(
      Account account,
      TokenPurpose purpose,
      CompanyMembership membership,
      String tokenHash,
      LocalDateTime now,
      Duration validity) {
    if ((purpose == TokenPurpose.COMPANY_INVITATION) != (membership != null)) {
      throw new IllegalArgumentException("An invitation link, and only it, accepts a membership");
    }
    this.account = account;
    this.purpose = purpose;
    this.membership = membership;
    this.tokenHash = tokenHash;
    this.createdAt = now;
    this.expiresAt = now.plus(validity);
  }

  /** A new token and its secret, which goes into the link and nowhere else. */
  public record Issued(AccountToken token, String secret) {}

  public static Issued issue(
      Account account, TokenPurpose purpose, LocalDateTime now, Duration validity) {
    return issue(account, purpose, null, now, validity);
  }

  /** VW-1, MD-13: the link that lets the invited person accept the membership. */
  public static Issued invitation(
      CompanyMembership membership, LocalDateTime now, Duration validity) {
    return issue(
        membership.getAccount(), TokenPurpose.COMPANY_INVITATION, membership, now, validity);
  }

  private static Issued issue(
      Account account,
      TokenPurpose purpose,
      CompanyMembership membership,
      LocalDateTime now,
      Duration validity) {
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    return new Issued(
        new AccountToken(account, purpose, membership, hash(secret), now, validity), secret);
  }

  public static String hash(String secret) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Why the link can no longer be used, if it cannot. */
  public TokenState state(LocalDateTime now) {
    if (usedAt != null) {
      return TokenState.USED;
    }
    if (revokedAt != null) {
      return TokenState.REVOKED;
    }
    TokenState forAccount = purpose.stateFor(account);
    if (forAccount != TokenState.USABLE) {
      return forAccount;
    }
    return now.isBefore(expiresAt) ? TokenState.USABLE : TokenState.EXPIRED;
  }

  /** The link dies unused; one already used or revoked keeps its reason. */
  public void revoke(LocalDateTime now) {
    if (usedAt == null && revokedAt == null) {
      revokedAt = now;
    }
  }

  /** Consumes the token; a second use, or a use after expiry, is refused with its reason. */
  public Account use(LocalDateTime now) {
    TokenState state = state(now);
    if (state != TokenState.USABLE) {
      throw new InvalidValueException(state.messageKey());
    }
    usedAt = now;
    return account;
  }

  /**
   * VW-1: the signed-in person accepts the invitation; the link is spent only when they are its
   * addressee, so a wrong login does not waste it.
   */
  public CompanyMembership accept(Account signedIn, LocalDateTime now) {
    if (purpose != TokenPurpose.COMPANY_INVITATION) {
      throw new NotFoundException(TokenState.UNKNOWN.messageKey());
    }
    TokenState state = state(now);
    if (state != TokenState.USABLE) {
      throw new InvalidValueException(state.messageKey());
    }
    membership.accept(signedIn, now);
    usedAt = now;
    return membership;
  }

  public Optional<CompanyMembership> getMembership() {
    return Optional.ofNullable(membership);
  }

  public Account getAccount() {
    return account;
  }

  public TokenPurpose getPurpose() {
    return purpose;
  }

  public LocalDateTime getExpiresAt() {
    return expiresAt;
  }
}
