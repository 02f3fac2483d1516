package it.ccse.anagrafica.accounts.domain;

/** What a single-use link allows, the page that consumes it and the accounts it is for. */
public enum TokenPurpose {
  /** ON-3: set password and PIN of a new account. */
  ACTIVATION("attivazione.xhtml"),
  /** ON-5: set a new password of an active account. */
  PASSWORD_RESET("reimposta-password.xhtml"),
  /**
   * VW-1, MD-13 (issue 15 finding 4): join another company, accepted by the signed-in person. The
   * page is in the signed-in area, so following the link asks for the login first.
   */
  COMPANY_INVITATION("area/invito.xhtml");

  private final String page;

  TokenPurpose(String page) {
    this.page = page;
  }

  /** The page of the link, relative to the portal's public address. */
  public String page() {
    return page;
  }

  /** {@code USABLE} if a link of this purpose can serve the account as it is now, else why not. */
  TokenState stateFor(Account account) {
    return switch (this) {
      case ACTIVATION -> account.isEnabled() ? TokenState.ACCOUNT_ACTIVE : TokenState.USABLE;
      case PASSWORD_RESET ->
          account.isEnabled() ? TokenState.USABLE : TokenState.ACCOUNT_NOT_ACTIVE;
      // Accepted once signed in: an account not yet active first needs its activation link.
      case COMPANY_INVITATION -> TokenState.USABLE;
    };
  }
}
