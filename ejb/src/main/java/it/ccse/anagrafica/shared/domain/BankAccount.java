package it.ccse.anagrafica.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/**
 * The account CCSE pays the company on (CD-1): IBAN and bank, in the columns {@code iban} and
 * {@code bank_name} of both the company and its data rounds. A plain holder of what is typed: a
 * draft may be half filled, so the rules stay with whoever checks it ({@code CompanyDataCheck},
 * {@link Iban}).
 */
@Embeddable
public class BankAccount implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "iban")
  private String iban;

  @Column(name = "bank_name")
  private String bankName;

  public BankAccount() {}

  public static BankAccount of(String iban, String bankName) {
    var account = new BankAccount();
    account.iban = iban;
    account.bankName = bankName;
    return account;
  }

  /** An instance of its own, so that no two owners share one. */
  public BankAccount copy() {
    return of(iban, bankName);
  }

  public String getIban() {
    return iban;
  }

  public void setIban(String iban) {
    this.iban = iban;
  }

  public String getBankName() {
    return bankName;
  }

  public void setBankName(String bankName) {
    this.bankName = bankName;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BankAccount that
        && Objects.equals(iban, that.iban)
        && Objects.equals(bankName, that.bankName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(iban, bankName);
  }
}
