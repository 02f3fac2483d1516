package it.ccse.anagrafica.shared.domain;

import java.util.Locale;

/**
 * An e-mail address, checked pragmatically: a dot-atom local part (RFC 5322, no quoted strings), an
 * {@code @} and a DNS domain with a top-level domain, at most 254 characters (RFC 5321). The domain
 * is stored in lower case; the local part is kept as typed, since only its server may fold case.
 */
public final class Email extends StringValue {

  // 2: the value moved to StringValue, so older serialised forms cannot be read.
  private static final long serialVersionUID = 2L;
  private static final int MAX_LENGTH = 254;
  private static final int MAX_LOCAL_PART_LENGTH = 64;

  /** Characters of a dot-atom besides letters and digits (RFC 5322 atext). */
  private static final String ATEXT_SYMBOLS = "!#$%&'*+/=?^_`{|}~-";

  private static final int MAX_LABEL_LENGTH = 63;
  private static final String IDN_PREFIX = "xn--";

  private Email(String value) {
    super(value);
  }

  public static Email of(String raw) {
    return new Email(normalise(raw, "validation.email.length", "validation.email.format"));
  }

  /** The rule itself, shared with {@link Pec}, which reports failures under its own keys. */
  static String normalise(String raw, String lengthKey, String formatKey) {
    String address = stripped(raw);
    if (address.length() > MAX_LENGTH) {
      throw new InvalidValueException(lengthKey, MAX_LENGTH);
    }
    int at = address.lastIndexOf('@');
    String localPart = at > 0 ? address.substring(0, at) : "";
    String domain = address.substring(at + 1).toLowerCase(Locale.ROOT);
    if (localPart.length() > MAX_LOCAL_PART_LENGTH || !dotAtom(localPart) || !hostname(domain)) {
      throw new InvalidValueException(formatKey);
    }
    return localPart + "@" + domain;
  }

  // The syntax is checked character by character, not with regular expressions: a Business Register
  // extract checks a million PECs (BA-1), where the expressions cost more than the rest of a line.

  /** Atoms of atext joined by single dots. */
  private static boolean dotAtom(String text) {
    boolean atomStart = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '.') {
        if (atomStart) {
          return false;
        }
        atomStart = true;
      } else if (asciiLetterOrDigit(c) || ATEXT_SYMBOLS.indexOf(c) >= 0) {
        atomStart = false;
      } else {
        return false;
      }
    }
    return !atomStart;
  }

  /**
   * Labels of lower-case letters, digits and inner hyphens, at most 63 long, then a top-level
   * domain that is alphabetic (2 to 63 letters) or an IDN ({@code xn--} and 1 to 59 more).
   */
  private static boolean hostname(String domain) {
    int lastDot = domain.lastIndexOf('.');
    if (lastDot <= 0) {
      return false;
    }
    int start = 0;
    int end;
    do {
      end = domain.indexOf('.', start);
      if (!label(domain, start, end)) {
        return false;
      }
      start = end + 1;
    } while (end < lastDot);
    return topLevel(domain.substring(lastDot + 1));
  }

  private static boolean label(String domain, int start, int end) {
    int length = end - start;
    if (length < 1
        || length > MAX_LABEL_LENGTH
        || domain.charAt(start) == '-'
        || domain.charAt(end - 1) == '-') {
      return false;
    }
    for (int i = start; i < end; i++) {
      char c = domain.charAt(i);
      if (!(lowerLetterOrDigit(c) || c == '-')) {
        return false;
      }
    }
    return true;
  }

  private static boolean topLevel(String tld) {
    if (tld.startsWith(IDN_PREFIX)) {
      int rest = tld.length() - IDN_PREFIX.length();
      return rest >= 1
          && rest <= MAX_LABEL_LENGTH - IDN_PREFIX.length()
          && tld.chars().allMatch(c -> lowerLetterOrDigit((char) c) || c == '-');
    }
    return tld.length() >= 2
        && tld.length() <= MAX_LABEL_LENGTH
        && tld.chars().allMatch(c -> c >= 'a' && c <= 'z');
  }

  private static boolean lowerLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  private static boolean asciiLetterOrDigit(char c) {
    return lowerLetterOrDigit(c) || (c >= 'A' && c <= 'Z');
  }

  public String domain() {
    return value().substring(value().lastIndexOf('@') + 1);
  }
}
