package it.ccse.anagrafica.accounts.application;

/** MD-13: a new delegate gets an account and the activation e-mail when the change is signed. */
public interface DelegateInvitations {

  /**
   * In the caller's transaction. A person who already has an account (a delegate of another site)
   * keeps it and gets nothing; returns whether an invitation was queued.
   */
  boolean invite(Long companyId, String codiceFiscale, String fullName, String email);
}
