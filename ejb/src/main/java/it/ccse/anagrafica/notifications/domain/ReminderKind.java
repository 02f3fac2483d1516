package it.ccse.anagrafica.notifications.domain;

/**
 * BA-4: what the reminders job reminds operators of, and the page where the operator resolves it.
 * The condition of each kind is a SELECT of {@code company_id}, {@code started_at} (when the
 * condition began, the start of "after N days") and {@code detail} (what the e-mail quotes),
 * written by the area that owns the data, its {@code ReminderSource}.
 */
public enum ReminderKind {
  /** CD-2: registered, but no registration form ever signed (registration "sospesa"). */
  UNSIGNED_REGISTRATION("registrazioni non firmate", "/area/dati-societari.xhtml"),
  /** CD-3: the last signed round of company data was rejected and nothing was signed since. */
  REJECTED_COMPANY_DATA("dati societari respinti", "/area/dati-societari.xhtml"),
  /**
   * Incomplete section "Referente": a validated company whose contact person has no name or no
   * channel (phone, fax, e-mail). New registrations cannot be validated so, but the legacy
   * registry's import (ON-7) leaves these columns optional.
   */
  MISSING_CONTACTS("contatti mancanti", "/area/fascicolo.xhtml"),
  /**
   * TH-1, VO-1, AG-1: declarations still to give. The obligation rules live in the company file, so
   * the SELECT only narrows to files that may have some; the file's notices decide.
   */
  PENDING_DECLARATIONS("dichiarazioni in sospeso", "/area/dichiarazioni.xhtml"),
  /** BR-1: Business Register misalignments still open; the detail is how many fields. */
  OPEN_MISALIGNMENTS("disallineamenti aperti", "/area/disallineamenti.xhtml"),
  /**
   * PY-1: this year's annual contribution not requested by its due date; the detail is the year.
   */
  CONTRIBUTION_NOT_REQUESTED("contributi annuali non richiesti", "/area/pagamenti/index.xhtml"),
  /**
   * PY-3, AD-2: signed practices that payments do not hold yet, since the oldest one's signature;
   * the detail is how many.
   */
  PRACTICE_AWAITING_PAYMENT("pratiche in attesa di pagamento", "/area/pagamenti/index.xhtml");

  private final String label;
  private final String page;

  ReminderKind(String label, String page) {
    this.label = label;
    this.page = page;
  }

  /** How the job's summary names it. */
  public String label() {
    return label;
  }

  /** The portal page, under the public address, where the operator deals with it. */
  public String page() {
    return page;
  }

  /**
   * Every company where the condition holds, but a ceased one (RQ-1: its reminders stop), once per
   * recipient: each activated operator account of the company (invited but not activated accounts
   * get nothing), with when the condition began and when this reminder last went to that address
   * (null: never). Columns: company_id, ragione_sociale, recipient, started_at, last_sent_at,
   * detail.
   *
   * @param condition the SELECT of {@code company_id}, {@code started_at} and {@code detail} where
   *     the condition holds, from the area that owns the data ({@code ReminderSource})
   */
  public String candidates(String condition) {
    return "SELECT k.company_id, c.ragione_sociale, a.email AS recipient, k.started_at,"
        + " r.last_sent_at, k.detail FROM ("
        + condition
        + ") k JOIN company c ON c.id = k.company_id AND c.ceased_at IS NULL"
        + " JOIN account a ON a.company_id ="
        + " k.company_id AND a.enabled = TRUE JOIN account_role ar ON ar.account_id = a.id AND"
        + " ar.role = 'OPERATOR' LEFT JOIN reminder_sent r ON r.kind = '"
        + name()
        + "' AND r.company_id = k.company_id AND r.recipient = a.email ORDER BY k.company_id,"
        + " a.email";
  }
}
