package it.ccse.anagrafica.notifications.domain;

/**
 * BA-4: what the reminders job reminds operators of. Each kind knows its condition as a SELECT of
 * {@code company_id}, {@code started_at} (when the condition began, the start of "after N days")
 * and {@code detail} (what the e-mail quotes), and the page where the operator resolves it.
 */
public enum ReminderKind {
  /** CD-2: registered, but no registration form ever signed (registration "sospesa"). */
  UNSIGNED_REGISTRATION(
      "registrazioni non firmate",
      "/area/dati-societari.xhtml",
      "SELECT x.id AS company_id, x.created_at AS started_at, CAST(NULL AS VARCHAR(2000)) AS"
          + " detail FROM company x WHERE x.validated_at IS NULL AND NOT EXISTS (SELECT 1 FROM"
          + " company_data_submission s WHERE s.company_id = x.id AND s.signed_at IS NOT NULL)"),
  /** CD-3: the last signed round of company data was rejected and nothing was signed since. */
  REJECTED_COMPANY_DATA(
      "dati societari respinti",
      "/area/dati-societari.xhtml",
      "SELECT s.company_id, s.reviewed_at AS started_at, s.rejection_reason AS detail FROM"
          + " company_data_submission s WHERE s.approved = FALSE AND NOT EXISTS (SELECT 1 FROM"
          + " company_data_submission n WHERE n.company_id = s.company_id AND n.signed_at >"
          + " s.signed_at)"),
  /**
   * Incomplete section "Referente": a validated company whose contact person has no name or no
   * channel (phone, fax, e-mail). New registrations cannot be validated so, but the legacy
   * registry's import (ON-7) leaves these columns optional.
   */
  MISSING_CONTACTS(
      "contatti mancanti",
      "/area/fascicolo.xhtml",
      "SELECT x.id AS company_id, x.validated_at AS started_at, CAST(NULL AS VARCHAR(2000)) AS"
          + " detail FROM company x WHERE x.validated_at IS NOT NULL AND (COALESCE(TRIM("
          + "x.contact_name), '') = '' OR COALESCE(TRIM(x.contact_surname), '') = '' OR"
          + " (COALESCE(TRIM(x.contact_phone), '') = '' AND COALESCE(TRIM(x.contact_fax), '') ="
          + " '' AND COALESCE(TRIM(x.contact_email), '') = ''))"),
  /**
   * TH-1, VO-1, AG-1: declarations still to give. The obligation rules live in the company file, so
   * the SELECT only narrows to files that may have some; the file's notices decide.
   */
  PENDING_DECLARATIONS(
      "dichiarazioni in sospeso",
      "/area/dichiarazioni.xhtml",
      "SELECT f.company_id, f.created_at AS started_at, CAST(NULL AS VARCHAR(2000)) AS detail"
          + " FROM company_file f JOIN company x ON x.id = f.company_id WHERE"
          + " x.employee_threshold IS NULL OR EXISTS (SELECT 1 FROM site s JOIN category k ON"
          + " k.site_id = s.id WHERE s.company_id = f.company_id AND (COALESCE(k.voluntary,"
          + " FALSE) = FALSE OR (k.type = 'AGRICULTURAL' AND k.organised_circuit IS NULL)))"),
  /** BR-1: Business Register misalignments still open; the detail is how many fields. */
  OPEN_MISALIGNMENTS(
      "disallineamenti aperti",
      "/area/disallineamenti.xhtml",
      "SELECT m.company_id, MIN(m.first_seen) AS started_at, CAST(COUNT(*) AS VARCHAR(2000)) AS"
          + " detail FROM misalignment m WHERE m.status = 'OPEN' GROUP BY m.company_id");

  private final String label;
  private final String page;
  private final String condition;

  ReminderKind(String label, String page, String condition) {
    this.label = label;
    this.page = page;
    this.condition = condition;
  }

  /** How the job's summary names it. */
  public String label() {
    return label;
  }

  /** The portal page, under the public address, where the operator deals with it. */
  public String page() {
    return page;
  }

  /** Whether the company file must confirm each candidate ({@link #PENDING_DECLARATIONS}). */
  public boolean needsTheFile() {
    return this == PENDING_DECLARATIONS;
  }

  /**
   * Every company where the condition holds, once per recipient: each activated operator account of
   * the company (invited but not activated accounts get nothing), with when the condition began and
   * when this reminder last went to that address (null: never). Columns: company_id,
   * ragione_sociale, recipient, started_at, last_sent_at, detail.
   */
  public String candidates() {
    return "SELECT k.company_id, c.ragione_sociale, a.email AS recipient, k.started_at,"
        + " r.last_sent_at, k.detail FROM ("
        + condition
        + ") k JOIN company c ON c.id = k.company_id JOIN account a ON a.company_id ="
        + " k.company_id AND a.enabled = TRUE JOIN account_role ar ON ar.account_id = a.id AND"
        + " ar.role = 'OPERATOR' LEFT JOIN reminder_sent r ON r.kind = '"
        + name()
        + "' AND r.company_id = k.company_id AND r.recipient = a.email ORDER BY k.company_id,"
        + " a.email";
  }
}
