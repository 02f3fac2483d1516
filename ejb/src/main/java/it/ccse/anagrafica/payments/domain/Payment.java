package it.ccse.anagrafica.payments.domain;

import it.ccse.anagrafica.shared.domain.ConflictException;
import it.ccse.anagrafica.shared.domain.FreeText;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import it.ccse.anagrafica.shared.domain.Money;
import it.ccse.anagrafica.shared.domain.NotFoundException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongFunction;

/**
 * A payment communication (PY-2, PY-3, AD-3): what the company paid, how and when, the receipt, and
 * the shares of it that go to its practices ("Pratiche associate"). It is saved as a draft, signed
 * with the PIN and checked by CCSE; only a verified payment covers its practices. What a practice
 * still needs is never stored: the caller computes it from the practice and the other payments
 * ({@link PracticeBalance}) and this payment keeps its shares within it.
 */
@Entity
@Table(name = "payment")
public class Payment {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_seq")
  @SequenceGenerator(name = "payment_seq", sequenceName = "payment_seq", allocationSize = 50)
  private Long id;

  @Version private long version;

  @Column(name = "public_id", nullable = false, unique = true)
  private String publicId = UUID.randomUUID().toString();

  @Column(name = "company_id", nullable = false)
  private Long companyId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PaymentState state = PaymentState.DRAFT;

  private BigDecimal amount;

  @Enumerated(EnumType.STRING)
  private PaymentMode mode;

  private String reference;

  @Column(name = "paid_on")
  private LocalDate paidOn;

  private String note;

  @Embedded private Receipt receipt;

  @ElementCollection
  @CollectionTable(name = "payment_allocation", joinColumns = @JoinColumn(name = "payment_id"))
  @OrderColumn(name = "allocation_order")
  private List<Allocation> allocations = new ArrayList<>();

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "submitted_at")
  private LocalDateTime submittedAt;

  @Column(name = "checked_by")
  private String checkedBy;

  @Column(name = "checked_at")
  private LocalDateTime checkedAt;

  @Column(name = "rejection_reason")
  private String rejectionReason;

  protected Payment() {}

  /** "INSERISCI PAGAMENTO": an empty draft, kept across logout until signed or discarded. */
  public static Payment draft(long companyId, String by, LocalDateTime at) {
    var payment = new Payment();
    payment.companyId = companyId;
    payment.createdBy = by;
    payment.createdAt = at;
    return payment;
  }

  /**
   * SALVA of the payment's own fields: a whole-euro amount above zero, the mode and its reference,
   * a date not after {@code today}, an optional note. Shares already allocated must still fit.
   */
  public void describe(
      Money amount,
      PaymentMode mode,
      String reference,
      LocalDate paidOn,
      String note,
      LocalDate today) {
    requireDraft();
    if (amount == null) {
      throw new InvalidFieldException("amount", "validation.required");
    }
    if (amount.isZero() || !amount.wholeEuros()) {
      throw new InvalidFieldException("amount", "payment.amount.wholeEuros");
    }
    if (mode == null) {
      throw new InvalidFieldException("mode", "validation.required");
    }
    String checkedReference = mode.reference(reference);
    if (paidOn == null) {
      throw new InvalidFieldException("paidOn", "validation.required");
    }
    if (paidOn.isAfter(today)) {
      throw new InvalidFieldException("paidOn", "payment.paidOn.future");
    }
    if (allocated().compareTo(amount) > 0) {
      throw new InvalidFieldException("amount", "payment.amount.belowShares", allocated());
    }
    this.reference = checkedReference;
    this.amount = amount.amount();
    this.mode = mode;
    this.paidOn = paidOn;
    this.note = optionalNote("note", note);
  }

  /**
   * "Pratiche da associare": a share of whole euros for one practice, at most what the practice
   * still needs ({@code stillNeeded}, from the other payments) and within the payment's amount.
   */
  public void allocate(long practiceId, Money share, String note, Money stillNeeded) {
    requireDraft();
    if (amount == null) {
      throw new InvalidFieldException("amount", "payment.amount.first");
    }
    if (share == null) {
      throw new InvalidFieldException("share", "validation.required");
    }
    if (share.isZero() || !share.wholeEuros()) {
      throw new InvalidFieldException("share", "payment.amount.wholeEuros");
    }
    if (allocation(practiceId).isPresent()) {
      throw new InvalidFieldException("practice", "payment.allocation.duplicate");
    }
    if (share.compareTo(stillNeeded) > 0) {
      throw new InvalidFieldException("share", "payment.share.aboveNeed", stillNeeded);
    }
    var left = Money.of(amount).minus(allocated());
    if (share.compareTo(left) > 0) {
      throw new InvalidFieldException("share", "payment.share.aboveAmount", left);
    }
    allocations.add(new Allocation(practiceId, share, optionalNote("allocationNote", note)));
  }

  /** Removes a practice from "Pratiche associate". */
  public void deallocate(long practiceId) {
    requireDraft();
    if (!allocations.removeIf(a -> a.practiceId() == practiceId)) {
      throw new NotFoundException("payment.unknownAllocation");
    }
  }

  /** ALLEGATO of a draft: the receipt replaced, the former one answered to be discarded. */
  public Optional<Receipt> attach(Receipt receipt) {
    requireDraft();
    var former = Optional.ofNullable(this.receipt);
    this.receipt = receipt;
    return former;
  }

  /**
   * RIMUOVI: allowed until CCSE verifies the payment; a signed payment is then "senza allegato" for
   * staff. Answers the receipt to discard.
   */
  public Receipt removeReceipt() {
    if (!state.receiptRemovable()) {
      throw new InvalidValueException("payment.receipt.verified");
    }
    if (receipt == null) {
      throw new NotFoundException("payment.receipt.none");
    }
    var removed = receipt;
    receipt = null;
    return removed;
  }

  /**
   * FIRMA: complete, with its receipt and at least one practice, each share still within what its
   * practice needs now ({@code stillNeeded} by practice id, read with the practices locked: of two
   * payments racing for a practice's last euros, the second finds them taken).
   */
  public void submit(LongFunction<Money> stillNeeded, LocalDateTime at) {
    var next = state.submit();
    if (amount == null) {
      throw new InvalidFieldException("amount", "validation.required");
    }
    if (receipt == null) {
      throw new InvalidFieldException("receipt", "payment.receipt.required");
    }
    if (allocations.isEmpty()) {
      throw new InvalidFieldException("practice", "payment.allocation.none");
    }
    for (var allocation : allocations) {
      var need = stillNeeded.apply(allocation.practiceId());
      if (allocation.share().compareTo(need) > 0) {
        throw new ConflictException("payment.share.taken", need);
      }
    }
    submittedAt = at;
    state = next;
  }

  /** AD-3: the payment is as communicated; its shares now cover their practices. */
  public void verify(String by, LocalDateTime at) {
    state = state.verify();
    checked(by, at);
  }

  /** AD-3: refused, with the reason the company reads; its shares are freed. */
  public void reject(String reason, String by, LocalDateTime at) {
    var next = state.reject();
    rejectionReason =
        InvalidFieldException.naming("reason", () -> FreeText.REJECTION_REASON.normalised(reason));
    state = next;
    checked(by, at);
  }

  private void checked(String by, LocalDateTime at) {
    checkedBy = by;
    checkedAt = at;
  }

  /** The sum of the shares. */
  public Money allocated() {
    return allocations.stream().map(Allocation::share).reduce(Money.ZERO, Money::plus);
  }

  public Optional<Allocation> allocation(long practiceId) {
    return allocations.stream().filter(a -> a.practiceId() == practiceId).findFirst();
  }

  /** Signed and its receipt removed afterwards (RIMUOVI): staff see it flagged. */
  public boolean isWithoutReceipt() {
    return state != PaymentState.DRAFT && receipt == null;
  }

  private void requireDraft() {
    if (state != PaymentState.DRAFT) {
      throw new ConflictException("payment.stateChanged");
    }
  }

  private static String optionalNote(String field, String note) {
    return note == null || note.isBlank()
        ? null
        : InvalidFieldException.naming(field, () -> FreeText.PAYMENT_NOTE.normalised(note));
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getPublicId() {
    return publicId;
  }

  public Long getCompanyId() {
    return companyId;
  }

  public PaymentState getState() {
    return state;
  }

  /** Empty until SALVA. */
  public Optional<Money> amount() {
    return Optional.ofNullable(amount).map(Money::of);
  }

  public PaymentMode getMode() {
    return mode;
  }

  public String getReference() {
    return reference;
  }

  public LocalDate getPaidOn() {
    return paidOn;
  }

  public String getNote() {
    return note;
  }

  public Optional<Receipt> receipt() {
    return Optional.ofNullable(receipt);
  }

  public List<Allocation> getAllocations() {
    return List.copyOf(allocations);
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public LocalDateTime getSubmittedAt() {
    return submittedAt;
  }

  public String getCheckedBy() {
    return checkedBy;
  }

  public LocalDateTime getCheckedAt() {
    return checkedAt;
  }

  public String getRejectionReason() {
    return rejectionReason;
  }
}
