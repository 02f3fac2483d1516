package it.ccse.anagrafica.accounts.application;

import java.util.Optional;

/**
 * MD-13, MD-12: a delegate named by a signed change joins the company; VW-1: a person is one
 * account across companies and joins another only by accepting its invitation (issue 15 finding 4).
 */
public interface DelegateInvitations {

  /**
   * In the caller's transaction. A new person gets an account, a membership of the company and the
   * activation e-mail; a person who already has an account is invited to join the company, by an
   * e-mail to this address with a link to accept. Returns whether an e-mail was queued: not when
   * the person already acts for the company, nor past the hourly limit of e-mails.
   */
  boolean invite(Long companyId, String codiceFiscale, String fullName, String email);

  /** The name of the company a usable invitation link is from; empty if the link cannot be used. */
  Optional<String> invitingCompany(String secret);

  /**
   * The signed-in person accepts the invitation of the link, which must be theirs; returns the
   * company's name. The link is single-use and expires like an activation link.
   */
  String accept(String secret, String username);
}
