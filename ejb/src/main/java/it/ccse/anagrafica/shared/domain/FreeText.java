package it.ccse.anagrafica.shared.domain;

import java.util.regex.Pattern;

/**
 * The kinds of free text the portal's forms take, each with its longest length: the one place for
 * these limits, which the pages repeat as {@code maxlength} and which never exceed the database
 * columns (named beside each). Every kind must also be printable in documents ({@link
 * PrintableText}).
 */
public enum FreeText {

  /**
   * Ragione sociale: company.ragione_sociale, company_data_submission.ragione_sociale; also a
   * practice's recipient and workshop (practice.ship_recipient, practice.workshop).
   */
  COMPANY_NAME(250),

  /**
   * Given name or surname of a legal representative, contact person or delegate: the *_name and
   * *_surname columns of company, company_data_submission and delegate; the name and surname of a
   * sector's contact (CO-1): activity_sector_contact.name, activity_sector_contact.surname.
   */
  PERSON_NAME(100),

  /** Street of an address: company_data_submission.street, site.street. */
  STREET(250),

  /** House number, "SNC" without one: company_data_submission.street_number, site.street_number. */
  STREET_NUMBER(20),

  /** Name of a local unit (MD-8, MD-12, RQ-1): site.name, practice.new_site_name. */
  SITE_NAME(250),

  /** Trade association delegated to fill documents (MD-12): site.trade_association. */
  TRADE_ASSOCIATION(250),

  /** Bank of the IBAN: company.bank_name, company_data_submission.bank_name. */
  BANK_NAME(200),

  /** Role of a sector's contact (CO-1): activity_sector_contact.role. */
  CONTACT_ROLE(100),

  /** Name of an ATO of the water service (SE-3): ato.name. */
  ATO_NAME(200),

  /** Label of a sector type or of its service (SE-2): sector_type.label, sector_service.label. */
  SECTOR_LABEL(200),

  /** Description of a category's waste (MD-10): category.description. */
  CATEGORY_DESCRIPTION(500),

  /**
   * Subject of a pagoPA payment notice (PY-4), AVVISO.OGGETTO of the notice layout: printed, not
   * stored.
   */
  NOTICE_SUBJECT(90),

  /**
   * A note for CCSE on a payment or on one of its allocations (PY-3): payment.note,
   * payment_allocation.note.
   */
  PAYMENT_NOTE(500, true),

  /** "Note" of a request for an adjustment (AJ-2): adjustment.note. */
  ADJUSTMENT_NOTE(500, true),

  /** "Note" of an activity sector for CCSE (SE-4): activity_sector.note. */
  SECTOR_NOTE(1000, true),

  /**
   * "Motivazione della richiesta" of an adjustment as CCSE words it (AJ-2, AD-3):
   * adjustment_reason.label.
   */
  ADJUSTMENT_REASON(200),

  /**
   * CCSE's reason for rejecting data (AD-1) or a practice (AD-2), in lines:
   * company_data_submission.rejection_reason, practice.rejection_reason,
   * activity_sector.rejection_reason.
   */
  REJECTION_REASON(2000, true);

  private static final Pattern LINE_BREAK = Pattern.compile("\\R");

  private final int maxLength;
  private final boolean multiline;

  FreeText(int maxLength) {
    this(maxLength, false);
  }

  FreeText(int maxLength, boolean multiline) {
    this.maxLength = maxLength;
    this.multiline = multiline;
  }

  public int maxLength() {
    return maxLength;
  }

  /**
   * The text stripped, printable and in normal form C; lines, for the kinds that have them, are
   * joined by {@code \n}, which counts as one character as in the browser.
   *
   * @throws InvalidValueException {@code validation.required} if blank, {@code
   *     validation.text.unprintable} or {@code validation.text.tooLong} with the limit and the
   *     length
   */
  public String normalised(String raw) {
    String text = StringValue.stripped(raw);
    String printable =
        multiline
            ? String.join(
                "\n", LINE_BREAK.splitAsStream(text).map(PrintableText::normalised).toList())
            : PrintableText.normalised(text);
    if (printable.length() > maxLength) {
      throw new InvalidValueException("validation.text.tooLong", maxLength, printable.length());
    }
    return printable;
  }
}
