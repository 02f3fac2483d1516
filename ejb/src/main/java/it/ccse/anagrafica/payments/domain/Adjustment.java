package it.ccse.anagrafica.payments.domain;

import it.ccse.anagrafica.payments.domain.AdjustmentOperation.Kind;
import it.ccse.anagrafica.practices.domain.PracticeType;
import it.ccse.anagrafica.shared.domain.ConflictException;
import it.ccse.anagrafica.shared.domain.FreeText;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import it.ccse.anagrafica.shared.domain.Money;
import it.ccse.anagrafica.shared.domain.NotFoundException;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
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
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongFunction;
import java.util.stream.Stream;

/**
 * A request for an adjustment, "conguaglio" (AJ-1..AJ-3, AD-3): the company paid more for a
 * practice than it owes by its own reckoning and asks CCSE to credit the difference. The figures
 * are frozen at SALVA, the request is signed with the PIN and approved or rejected by staff; an
 * approved one then pays annual renewals, in parts. What is left of it (the residual) and its
 * history are derived from its uses, never stored.
 */
@Entity
@Table(name = "adjustment")
public class Adjustment {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "adjustment_seq")
  @SequenceGenerator(name = "adjustment_seq", sequenceName = "adjustment_seq", allocationSize = 50)
  private Long id;

  @Version private long version;

  @Column(name = "public_id", nullable = false, unique = true)
  private String publicId = UUID.randomUUID().toString();

  @Column(name = "company_id", nullable = false)
  private Long companyId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AdjustmentState state = AdjustmentState.DRAFT;

  @Column(name = "practice_id")
  private Long practiceId;

  @Column(name = "reason_code")
  private String reasonCode;

  private String note;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(
        name = "attachmentPublicId",
        column = @Column(name = "attachment_public_id")),
    @AttributeOverride(name = "fileName", column = @Column(name = "attachment_file_name"))
  })
  private Receipt attachment;

  @Column(name = "total_paid")
  private BigDecimal totalPaid;

  @Column(name = "system_due")
  private BigDecimal systemDue;

  @Column(name = "user_due")
  private BigDecimal userDue;

  @ElementCollection
  @CollectionTable(name = "adjustment_use", joinColumns = @JoinColumn(name = "adjustment_id"))
  @OrderColumn(name = "use_order")
  private List<AdjustmentUse> uses = new ArrayList<>();

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  /** "Data Richiesta": when the request was entered. */
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

  protected Adjustment() {}

  /** "INSERISCI CONGUAGLIO": an empty draft dated now, kept across logout until signed. */
  public static Adjustment draft(long companyId, String by, LocalDateTime at) {
    var adjustment = new Adjustment();
    adjustment.companyId = companyId;
    adjustment.createdBy = by;
    adjustment.createdAt = at;
    return adjustment;
  }

  /**
   * SALVA: the practice (one the caller may claim, already checked), its figures as they are now
   * with the user's due, an active reason and an optional note. The amount must be above zero.
   *
   * @param practiceId null when none was chosen, and then {@code figures} too
   */
  public void describe(
      Long practiceId, AdjustmentFigures figures, AdjustmentReason reason, String note) {
    requireDraft();
    if (practiceId == null) {
      throw new InvalidFieldException("practice", "validation.required");
    }
    if (reason == null) {
      throw new InvalidFieldException("reason", "validation.required");
    }
    if (!reason.isActive()) {
      throw new InvalidFieldException("reason", "adjustment.reason.inactive");
    }
    figures.requireCredit();
    this.note =
        note == null || note.isBlank()
            ? null
            : InvalidFieldException.naming("note", () -> FreeText.ADJUSTMENT_NOTE.normalised(note));
    this.practiceId = practiceId;
    this.reasonCode = reason.getCode();
    this.totalPaid = figures.totalPaid().amount();
    this.systemDue = figures.systemDue().amount();
    this.userDue = figures.userDue().amount();
  }

  /** The optional attachment of a draft, replaced; the former one answered to be discarded. */
  public Optional<Receipt> attach(Receipt attachment) {
    requireDraft();
    var former = Optional.ofNullable(this.attachment);
    this.attachment = attachment;
    return former;
  }

  /** Removes the attachment of a draft; answers it, to discard. */
  public Receipt removeAttachment() {
    requireDraft();
    if (attachment == null) {
      throw new NotFoundException("adjustment.attachment.none");
    }
    var removed = attachment;
    attachment = null;
    return removed;
  }

  /**
   * FIRMA: saved, and its practice not claimed by another request signed meanwhile ({@code
   * practiceClaimed}, read with the practice locked): a practice's overpayment is credited once.
   */
  public void submit(boolean practiceClaimed, LocalDateTime at) {
    var next = state.submit();
    if (practiceId == null) {
      throw new InvalidFieldException("practice", "validation.required");
    }
    if (practiceClaimed) {
      throw new ConflictException("adjustment.practice.claimed");
    }
    submittedAt = at;
    state = next;
  }

  /** AD-3: CCSE agrees with the user's reckoning; the amount may now pay renewals. */
  public void approve(String by, LocalDateTime at) {
    state = state.approve();
    checked(by, at);
  }

  /** AD-3: refused, with the reason the company reads. */
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

  /**
   * "ASSOCIA CONGUAGLIO" (AJ-3): part of an approved adjustment for an annual renewal, above zero,
   * within the residual and within what the renewal still needs. It stays pending for {@code by}
   * (replacing their former pending use) until signed.
   *
   * @param practiceId null when none was chosen, and then {@code type} too
   */
  public void use(
      Long practiceId,
      PracticeType type,
      Money amount,
      Money stillNeeded,
      String by,
      LocalDateTime at) {
    if (!state.usable()) {
      throw new InvalidValueException("adjustment.notApproved");
    }
    if (practiceId == null) {
      throw new InvalidFieldException("usePractice", "validation.required");
    }
    if (type != PracticeType.ANNUAL_RENEWAL) {
      throw new InvalidFieldException("usePractice", "adjustment.use.renewalOnly");
    }
    if (amount == null) {
      throw new InvalidFieldException("useAmount", "validation.required");
    }
    if (amount.isZero()) {
      throw new InvalidFieldException("useAmount", "adjustment.use.notPositive");
    }
    var residual = residual();
    if (amount.compareTo(residual) > 0) {
      throw new InvalidFieldException("useAmount", "adjustment.use.aboveResidual", residual);
    }
    if (amount.compareTo(stillNeeded) > 0) {
      throw new InvalidFieldException("useAmount", "adjustment.use.aboveNeed", stillNeeded);
    }
    uses.removeIf(u -> !u.isSigned() && u.usedBy().equals(by));
    uses.add(AdjustmentUse.pending(practiceId, amount, by, at));
  }

  /** Drops the pending use of {@code by}. */
  public void withdrawUse(String by) {
    uses.remove(pendingUse(by).orElseThrow(() -> new NotFoundException("adjustment.use.none")));
  }

  /**
   * FIRMA of the pending use of {@code by}, checked again against the residual and what its renewal
   * needs now ({@code stillNeeded} by practice id), both read with the adjustment and the practice
   * locked: of two uses racing for the last euros, the second is told what is left.
   */
  public AdjustmentUse signUse(String by, LongFunction<Money> stillNeeded, LocalDateTime at) {
    var pending = pendingUse(by).orElseThrow(() -> new NotFoundException("adjustment.use.none"));
    if (!state.usable()) {
      throw new InvalidValueException("adjustment.notApproved");
    }
    var residual = residual();
    if (pending.amount().compareTo(residual) > 0) {
      throw new ConflictException("adjustment.residual.taken", residual);
    }
    var need = stillNeeded.apply(pending.practiceId());
    if (pending.amount().compareTo(need) > 0) {
      throw new ConflictException("adjustment.use.taken", need);
    }
    var signed = pending.signed(at);
    uses.set(uses.indexOf(pending), signed);
    return signed;
  }

  /** What the user associated and has not signed yet. */
  public Optional<AdjustmentUse> pendingUse(String by) {
    return uses.stream().filter(u -> !u.isSigned() && u.usedBy().equals(by)).findFirst();
  }

  public List<AdjustmentUse> signedUses() {
    return uses.stream().filter(AdjustmentUse::isSigned).toList();
  }

  /** Empty until SALVA. */
  public Optional<AdjustmentFigures> figures() {
    return Optional.ofNullable(totalPaid)
        .map(paid -> new AdjustmentFigures(Money.of(paid), Money.of(systemDue), Money.of(userDue)));
  }

  /** "Importo conguaglio": zero until SALVA. */
  public Money amount() {
    return figures().map(AdjustmentFigures::amount).orElse(Money.ZERO);
  }

  /** What may still be used: the amount less the signed uses. */
  public Money residual() {
    return signedUses().stream().map(AdjustmentUse::amount).reduce(amount(), Money::minus);
  }

  /** AJ-1: the request signed, CCSE's decision and each use signed, oldest first. */
  public List<AdjustmentOperation> history() {
    if (submittedAt == null) {
      return List.of();
    }
    var requested =
        Stream.of(
            new AdjustmentOperation(Kind.REQUESTED, submittedAt, createdBy, practiceId, amount()));
    var decided =
        checkedAt == null
            ? Stream.<AdjustmentOperation>empty()
            : Stream.of(
                new AdjustmentOperation(
                    state == AdjustmentState.APPROVED ? Kind.APPROVED : Kind.REJECTED,
                    checkedAt,
                    checkedBy,
                    practiceId,
                    amount()));
    var used =
        signedUses().stream()
            .map(
                u ->
                    new AdjustmentOperation(
                        Kind.USED,
                        u.signedAt().orElseThrow(),
                        u.usedBy(),
                        u.practiceId(),
                        u.amount()));
    return Stream.of(requested, decided, used)
        .flatMap(s -> s)
        .sorted(Comparator.comparing(AdjustmentOperation::at))
        .toList();
  }

  private void requireDraft() {
    if (state != AdjustmentState.DRAFT) {
      throw new ConflictException("adjustment.stateChanged");
    }
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

  public AdjustmentState getState() {
    return state;
  }

  /** Empty until SALVA. */
  public Optional<Long> practiceId() {
    return Optional.ofNullable(practiceId);
  }

  public String getReasonCode() {
    return reasonCode;
  }

  public String getNote() {
    return note;
  }

  public Optional<Receipt> attachment() {
    return Optional.ofNullable(attachment);
  }

  /** "Data Richiesta", set by the system. */
  public LocalDate getRequestDate() {
    return createdAt.toLocalDate();
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public LocalDateTime getSubmittedAt() {
    return submittedAt;
  }

  public String getCheckedBy() {
    return checkedBy;
  }

  public String getRejectionReason() {
    return rejectionReason;
  }
}
