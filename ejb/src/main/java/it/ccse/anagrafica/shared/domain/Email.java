package it.ccse.anagrafica.shared.domain;

import java.util.Locale;
import java.util.regex.Pattern;

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
  private static final Pattern LOCAL_PART =
      Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
  // Labels of letters, digits and inner hyphens; the top-level domain is alphabetic or an IDN.
  private static final Pattern DOMAIN =
      Pattern.compile("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+([a-z]{2,63}|xn--[a-z0-9-]{1,59})");

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
    if (localPart.length() > MAX_LOCAL_PART_LENGTH
        || !LOCAL_PART.matcher(localPart).matches()
        || !DOMAIN.matcher(domain).matches()) {
      throw new InvalidValueException(formatKey);
    }
    return localPart + "@" + domain;
  }

  public String domain() {
    return value().substring(value().lastIndexOf('@') + 1);
  }
}
