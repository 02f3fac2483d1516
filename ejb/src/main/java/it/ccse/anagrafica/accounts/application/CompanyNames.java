package it.ccse.anagrafica.accounts.application;

/**
 * The name of a company that an account or membership holds by id: a port of this area, which knows
 * no companies, implemented by the company area (issue 16, STYLE "Target layout").
 */
public interface CompanyNames {

  /** The company's ragione sociale; a company that does not exist is refused as not found. */
  String nameOf(long companyId);
}
