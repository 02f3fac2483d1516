package it.ccse.anagrafica.accounts.domain;

/** The roles of the portal; their names are the Jakarta Security groups and the web.xml roles. */
public enum Role {
  /** Company account holder, the legal representative: acts on every site of the company. */
  OPERATOR(false),
  /** Person bound to devices of a site: acts only on the sites of the device in use. */
  DELEGATE(false),
  /** CCSE validator. */
  BACKOFFICE(true),
  /** CCSE administrator: batch jobs, reference data, users. */
  ADMIN(true);

  private final boolean staff;

  Role(boolean staff) {
    this.staff = staff;
  }

  /** Whether the role belongs to CCSE staff, who see every company and own none. */
  public boolean isStaff() {
    return staff;
  }
}
