package it.ccse.anagrafica.payments.domain;

import it.ccse.anagrafica.shared.domain.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A pagoPA notice issued for what a practice still needed (PY-4): its IUV and due date are kept so
 * that the same amount always prints the same notice number; a different amount is another debt
 * position, with a new IUV.
 */
@Entity
@Table(name = "payment_notice")
public class IssuedNotice {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_notice_seq")
  @SequenceGenerator(
      name = "payment_notice_seq",
      sequenceName = "payment_notice_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "practice_id", nullable = false)
  private Long practiceId;

  @Column(nullable = false)
  private BigDecimal amount;

  @Column(nullable = false, unique = true)
  private String iuv;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Column(name = "issued_at", nullable = false)
  private LocalDateTime issuedAt;

  protected IssuedNotice() {}

  public IssuedNotice(
      long practiceId, Money amount, Iuv iuv, LocalDate dueDate, LocalDateTime issuedAt) {
    this.practiceId = practiceId;
    this.amount = amount.amount();
    this.iuv = iuv.value();
    this.dueDate = dueDate;
    this.issuedAt = issuedAt;
  }

  public NoticeNumber noticeNumber() {
    return NoticeNumber.of(Iuv.parse(iuv));
  }

  public Money amount() {
    return Money.of(amount);
  }

  public LocalDate getDueDate() {
    return dueDate;
  }
}
