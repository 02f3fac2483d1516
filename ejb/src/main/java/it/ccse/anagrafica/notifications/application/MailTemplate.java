package it.ccse.anagrafica.notifications.application;

import it.ccse.anagrafica.notifications.domain.ReminderKind;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The e-mails the portal sends. Texts are in the bundles i18n/mail_it and i18n/mail_en (keys {@code
 * <name>.subject} and {@code <name>.body} with {@code {placeholders}}); a message carries the
 * Italian text followed by the English one, since the recipient's language is not known.
 */
public enum MailTemplate {
  /** ON-4: repeated login failures for the holder's username; further attempts now wait. */
  ACCOUNT_LOCKED,
  /** ON-3: username and activation link (also sent again on request, ON-5). */
  ACTIVATION,
  /**
   * ON-2 (issue 15 finding 4): to the address of a registration that was not carried out, because
   * its codes or its address are already registered; the page answered as if it had been.
   */
  REGISTRATION_NOT_DONE,
  /** ON-2 (issue 15 finding 4): to the holder of a code someone tried to register again. */
  REGISTRATION_OF_KNOWN_CODE,
  /** ON-7 "Invita": an operator of the legacy registry gets username and activation link. */
  LEGACY_INVITATION,
  /** MD-13: a new delegate of a site gets username and activation link. */
  DELEGATE_INVITATION,
  /**
   * VW-1, MD-13 (issue 15 finding 4): a person who already has an account, named delegate by
   * another company, gets the link to accept joining it.
   */
  COMPANY_INVITATION,
  /** ON-5 "Richiedi credenziali": username and a password reset link. */
  CREDENTIALS_REMINDER,
  /** ON-5, ON-6: the password was reset or changed; no secret, a link to the help page. */
  PASSWORD_CHANGED,
  /** MD-9: the signing PIN was changed; no secret, a link to the help page. */
  PIN_CHANGED,
  /** CD-3: CCSE approved the company data. */
  COMPANY_DATA_APPROVED,
  /** CD-3: CCSE rejected the company data, with the reason. */
  COMPANY_DATA_REJECTED,
  /** RQ-1..RQ-3, ST-1, AD-2: a practice of the company changed state ({number}, {target}). */
  PRACTICE_SUBMITTED,
  PRACTICE_TAKEN,
  PRACTICE_COMPLETED,
  /** AD-2: a device practice completed by shipping the device, with its {serial}. */
  PRACTICE_SHIPPED,
  /** AD-2: rejected by CCSE, with the {reason}. */
  PRACTICE_REJECTED,
  PRACTICE_CANCELLED,
  /** PY-3: a payment of {amount} € paid on {date} signed and sent to CCSE. */
  PAYMENT_SUBMITTED,
  /** AD-3: CCSE verified the payment; its shares now cover the practices ({practices}). */
  PAYMENT_VERIFIED,
  /** AD-3: CCSE rejected the payment, with the {reason}. */
  PAYMENT_REJECTED,
  /** AJ-2: a request for an adjustment of {amount} € on practice {practice} signed. */
  ADJUSTMENT_SUBMITTED,
  /** AD-3: CCSE approved the adjustment; it may pay annual renewals. */
  ADJUSTMENT_APPROVED,
  /** AD-3: CCSE rejected the adjustment, with the {reason}. */
  ADJUSTMENT_REJECTED,
  /** AJ-3: {amount} € of an adjustment paid renewal {practice}; {residual} € left. */
  ADJUSTMENT_USED,
  /** AD-1, SE-8: CCSE validated an activity {sector} of {ragioneSociale}. */
  SECTOR_VALIDATED,
  /** AD-1, SE-8: CCSE rejected an activity {sector}, with the {reason}. */
  SECTOR_REJECTED,
  /** AD-1, MD-3: CCSE approved {ragioneSociale} and {legalRepresentative}; the file has them. */
  IDENTITY_CHANGE_APPROVED,
  /**
   * AD-1, MD-3: CCSE rejected the new {ragioneSociale} / legal representative, with the {reason}.
   */
  IDENTITY_CHANGE_REJECTED,
  /**
   * OP-2: to CCSE's mailbox, a corporate {operation} of {ragioneSociale} ({codiceFiscale},
   * {partitaIva}) with its {files} (names and SHA-256) as attachments, sent by {sentBy}.
   */
  CORPORATE_OPERATION_SENT,
  /** OP-2: the company's receipt of the corporate {operation} sent, with its {files}. */
  CORPORATE_OPERATION_RECEIVED,
  /** AD-1, OP-2: CCSE handled the corporate {operation} of {ragioneSociale}. */
  CORPORATE_OPERATION_HANDLED,
  /** AD-1, OP-2: CCSE asks for more about the corporate {operation}, with its {reason}. */
  CORPORATE_OPERATION_MORE_REQUESTED,
  /** BA-4 reminders, one per {@link ReminderKind}. */
  REMINDER_UNSIGNED_REGISTRATION,
  REMINDER_REJECTED_COMPANY_DATA,
  REMINDER_MISSING_CONTACTS,
  REMINDER_PENDING_DECLARATIONS,
  REMINDER_OPEN_MISALIGNMENTS,
  REMINDER_CONTRIBUTION_NOT_REQUESTED,
  REMINDER_PRACTICE_AWAITING_PAYMENT,
  TEST_MESSAGE;

  private static final Locale ITALIAN = Locale.ITALIAN;
  private static final Locale ENGLISH = Locale.ENGLISH;

  /** BA-4: the e-mail of a reminder. */
  public static MailTemplate reminding(ReminderKind kind) {
    return switch (kind) {
      case UNSIGNED_REGISTRATION -> REMINDER_UNSIGNED_REGISTRATION;
      case REJECTED_COMPANY_DATA -> REMINDER_REJECTED_COMPANY_DATA;
      case MISSING_CONTACTS -> REMINDER_MISSING_CONTACTS;
      case PENDING_DECLARATIONS -> REMINDER_PENDING_DECLARATIONS;
      case OPEN_MISALIGNMENTS -> REMINDER_OPEN_MISALIGNMENTS;
      case CONTRIBUTION_NOT_REQUESTED -> REMINDER_CONTRIBUTION_NOT_REQUESTED;
      case PRACTICE_AWAITING_PAYMENT -> REMINDER_PRACTICE_AWAITING_PAYMENT;
    };
  }

  public String subject(Map<String, String> values) {
    return render(text(ITALIAN, "subject"), values)
        + " / "
        + render(text(ENGLISH, "subject"), values);
  }

  public String body(Map<String, String> values) {
    return render(text(ITALIAN, "body"), values)
        + "\n\n---- English version ----\n\n"
        + render(text(ENGLISH, "body"), values);
  }

  private String text(Locale locale, String part) {
    var bundle = ResourceBundle.getBundle("i18n.mail", locale, MailTemplate.class.getClassLoader());
    return bundle.getString(name() + "." + part);
  }

  private static String render(String text, Map<String, String> values) {
    String result = text;
    for (var entry : values.entrySet()) {
      result = result.replace("{" + entry.getKey() + "}", entry.getValue());
    }
    return result;
  }
}
