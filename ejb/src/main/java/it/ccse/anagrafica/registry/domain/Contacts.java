package it.ccse.anagrafica.registry.domain;

import it.ccse.anagrafica.shared.domain.Email;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * How to reach a delegate in the role they hold on one device (VW-3: contacts may differ from
 * device to device). At least one channel is required (MD-12); the e-mail must be valid.
 */
@Embeddable
public class Contacts implements Serializable {

  private static final long serialVersionUID = 1L;

  private String phone;
  private String fax;
  private String email;

  protected Contacts() {}

  public Contacts(String phone, String fax, String email) {
    this.phone = blankToNull(phone);
    this.fax = blankToNull(fax);
    if (Stream.of(this.phone, this.fax, blankToNull(email)).allMatch(Objects::isNull)) {
      throw new InvalidFieldException("phone", "file.contactRequired");
    }
    this.email =
        email == null || email.isBlank()
            ? null
            : InvalidFieldException.naming("email", () -> Email.of(email).value());
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  public String summary() {
    return String.join(
        ", ",
        Stream.of(phone == null ? null : "tel. " + phone, fax == null ? null : "fax " + fax, email)
            .filter(Objects::nonNull)
            .toList());
  }

  public String getPhone() {
    return phone;
  }

  public String getFax() {
    return fax;
  }

  public String getEmail() {
    return email;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Contacts c
        && Objects.equals(phone, c.phone)
        && Objects.equals(fax, c.fax)
        && Objects.equals(email, c.email);
  }

  @Override
  public int hashCode() {
    return Objects.hash(phone, fax, email);
  }
}
