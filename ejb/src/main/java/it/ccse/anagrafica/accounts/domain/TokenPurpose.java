package it.ccse.anagrafica.accounts.domain;

/** What a single-use link allows, and the page that consumes it. */
public enum TokenPurpose {
  /** ON-3: set password and PIN of a new account. */
  ACTIVATION("attivazione.xhtml"),
  /** ON-5: set a new password of an active account. */
  PASSWORD_RESET("reimposta-password.xhtml");

  private final String page;

  TokenPurpose(String page) {
    this.page = page;
  }

  /** The page of the link, relative to the portal's public address. */
  public String page() {
    return page;
  }
}
