package it.ccse.anagrafica.accounts.domain;

/** Whether a link can still be used; unknown links read as {@link #UNKNOWN}. */
public enum TokenState {
  USABLE(null),
  USED("token.used"),
  /** A newer link of the same purpose was sent, or the password changed since (issue 15). */
  REVOKED("token.revoked"),
  EXPIRED("token.expired"),
  /** An activation link of an account already active: it never sets credentials again. */
  ACCOUNT_ACTIVE("token.accountActive"),
  /** A reset link of an account not yet active, which needs its activation link. */
  ACCOUNT_NOT_ACTIVE("token.notActive"),
  UNKNOWN("token.unknown");

  private final String messageKey;

  TokenState(String messageKey) {
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }
}
