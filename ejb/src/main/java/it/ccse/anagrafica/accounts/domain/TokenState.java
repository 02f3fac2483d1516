package it.ccse.anagrafica.accounts.domain;

/** Whether a link can still be used; unknown links read as {@link #UNKNOWN}. */
public enum TokenState {
  USABLE(null),
  USED("token.used"),
  EXPIRED("token.expired"),
  UNKNOWN("token.unknown");

  private final String messageKey;

  TokenState(String messageKey) {
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }
}
