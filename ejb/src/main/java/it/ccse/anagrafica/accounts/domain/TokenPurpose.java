package it.ccse.anagrafica.accounts.domain;

/** What a single-use link allows, the page that consumes it and the accounts it is for. */
public enum TokenPurpose {
  /** ON-3: set password and PIN of a new account. */
  ACTIVATION("attivazione.xhtml", false),
  /** ON-5: set a new password of an active account. */
  PASSWORD_RESET("reimposta-password.xhtml", true);

  private final String page;
  private final boolean forActiveAccounts;

  TokenPurpose(String page, boolean forActiveAccounts) {
    this.page = page;
    this.forActiveAccounts = forActiveAccounts;
  }

  /** The page of the link, relative to the portal's public address. */
  public String page() {
    return page;
  }

  /** {@code USABLE} if a link of this purpose can serve the account as it is now, else why not. */
  TokenState stateFor(Account account) {
    if (account.isEnabled() == forActiveAccounts) {
      return TokenState.USABLE;
    }
    return forActiveAccounts ? TokenState.ACCOUNT_NOT_ACTIVE : TokenState.ACCOUNT_ACTIVE;
  }
}
