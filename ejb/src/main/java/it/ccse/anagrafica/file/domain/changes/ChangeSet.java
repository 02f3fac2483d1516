package it.ccse.anagrafica.file.domain.changes;

import it.ccse.anagrafica.categories.domain.obligations.EmployeeThreshold;
import it.ccse.anagrafica.company.domain.FileProblem;
import it.ccse.anagrafica.fees.domain.PriceCode;
import it.ccse.anagrafica.file.domain.CompanyFile;
import it.ccse.anagrafica.file.domain.EditScope;
import it.ccse.anagrafica.shared.domain.BusinessException;
import it.ccse.anagrafica.shared.domain.ConflictException;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import it.ccse.anagrafica.shared.domain.NotFoundException;
import it.ccse.anagrafica.shared.domain.PlaceNames;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The pending changes of one user to a company file (MD-9): built operation by operation, shown as
 * a summary, signed with PIN and then applied all together. It remembers the file version it was
 * built on: if someone else signs first, this set is refused rather than applied on data its author
 * never saw.
 */
@Entity
@Table(name = "change_set")
public class ChangeSet {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "change_set_seq")
  @SequenceGenerator(name = "change_set_seq", sequenceName = "change_set_seq", allocationSize = 50)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "company_file_id")
  private CompanyFile file;

  @Column(nullable = false)
  private String author;

  /** The device in use of a delegate (VW-1); null for the legal representative. */
  @Column(name = "device_public_id")
  private String deviceInUse;

  @Column(name = "base_version", nullable = false)
  private long baseVersion;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(nullable = false)
  @Convert(converter = OperationsConverter.class)
  private List<Operation> operations = new ArrayList<>();

  @Column(name = "signed_at")
  private LocalDateTime signedAt;

  @Column(name = "report_id")
  private String reportId;

  /**
   * The author while pending, null once signed: unique per file in the database, so two first saves
   * at once cannot leave a user two pending sets (issue 15).
   */
  @Column(name = "pending_author")
  private String pendingAuthor;

  protected ChangeSet() {}

  public ChangeSet(CompanyFile file, String author, String deviceInUse, LocalDateTime now) {
    this.file = file;
    this.author = author;
    this.pendingAuthor = author;
    this.deviceInUse = deviceInUse;
    this.baseVersion = file.getVersion();
    this.createdAt = now;
  }

  /**
   * Adds an operation once {@code rehearsal} has run the whole set with it on the file (rules and
   * scope) without keeping the result: a refused operation leaves the set as it was.
   */
  public void add(Operation operation, Consumer<List<Operation>> rehearsal) {
    requirePending();
    var candidate = new ArrayList<>(operations);
    candidate.add(operation);
    rehearsal.accept(candidate);
    operations = candidate;
  }

  /** "Indietro" on one operation; refused while a later one depends on it. */
  public void undo(int index, Consumer<List<Operation>> rehearsal) {
    requirePending();
    if (index < 0 || index >= operations.size()) {
      throw new NotFoundException("changeSet.unknownOperation");
    }
    var candidate = new ArrayList<>(operations);
    candidate.remove(index);
    try {
      rehearsal.accept(candidate);
    } catch (BusinessException e) {
      throw new InvalidValueException("changeSet.undoBlocked");
    }
    operations = candidate;
  }

  /**
   * Applies every operation to the file in order, checking the scope of each; returns the summary
   * lines, each describing its operation against the file as it was just before.
   */
  public List<ChangeLine> applyTo(CompanyFile file, EditScope scope, PlaceNames places) {
    return replay(operations, file, scope, places);
  }

  /** Runs operations on a file in order, each within the scope; the lines describe each one. */
  public static List<ChangeLine> replay(
      List<Operation> operations, CompanyFile file, EditScope scope, PlaceNames places) {
    if (file.getCompany().isCeased()) {
      throw new InvalidValueException("file.companyCeased");
    }
    List<ChangeLine> lines = new ArrayList<>();
    for (Operation operation : operations) {
      operation.requireWithin(scope, file);
      lines.add(operation.describe(file, places));
      operation.applyTo(file);
    }
    return lines;
  }

  /**
   * MD-9 "Firma": on the file this set was built on, with every rule of the file satisfied and
   * every question answered (NP-1, TH-2). The caller applies the operations first ({@link
   * #applyTo}) and passes the file afterwards, with the company's employee class from before.
   */
  public void sign(
      CompanyFile applied,
      Optional<EmployeeThreshold> employeesBefore,
      String reportId,
      LocalDateTime now) {
    requirePending();
    if (operations.isEmpty()) {
      throw new InvalidValueException("changeSet.empty");
    }
    List<FileProblem> problems = applied.problems();
    if (!problems.isEmpty()) {
      var first = problems.get(0);
      throw new InvalidValueException(first.messageKey(), first.arguments().toArray());
    }
    var open = questions(employeesBefore, applied);
    if (!open.isEmpty()) {
      throw open.get(0).unanswered();
    }
    newDelegates(applied);
    this.signedAt = now;
    this.reportId = reportId;
    this.pendingAuthor = null;
  }

  /** The questions "Firma" still asks, on the file with this set applied. */
  public List<Question> questions(
      Optional<EmployeeThreshold> employeesBefore, CompanyFile applied) {
    return Question.open(operations, employeesBefore, applied);
  }

  /** A delegate this set creates, with the e-mail their activation link goes to (MD-13). */
  public record NewDelegate(String codiceFiscale, String fullName, String email) {}

  /** MD-13: each new delegate needs an e-mail among the contacts of their devices. */
  public List<NewDelegate> newDelegates(CompanyFile applied) {
    return operations.stream()
        .filter(AddDelegate.class::isInstance)
        .map(AddDelegate.class::cast)
        .map(
            op -> {
              var delegate = applied.delegate(op.id());
              String email =
                  delegate.getSite().getDevices().stream()
                      .flatMap(d -> d.association(delegate).stream())
                      .map(a -> a.getContacts().getEmail())
                      .filter(java.util.Objects::nonNull)
                      .findFirst()
                      .orElseThrow(
                          () ->
                              new InvalidValueException(
                                  "file.newDelegateNeedsEmail", delegate.fullName()));
              return new NewDelegate(delegate.getCodiceFiscale(), delegate.fullName(), email);
            })
        .toList();
  }

  /** Whether the file moved on since this set was started (someone else signed). */
  public boolean isStale(CompanyFile current) {
    return current.getVersion() != baseVersion;
  }

  public List<PriceCode> costs() {
    return operations.stream().flatMap(o -> o.costs().stream()).toList();
  }

  private void requirePending() {
    if (signedAt != null) {
      throw new ConflictException("changeSet.alreadySigned");
    }
  }

  public boolean isSigned() {
    return signedAt != null;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public CompanyFile getFile() {
    return file;
  }

  public String getAuthor() {
    return author;
  }

  public String getDeviceInUse() {
    return deviceInUse;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public LocalDateTime getSignedAt() {
    return signedAt;
  }

  public String getReportId() {
    return reportId;
  }

  public List<Operation> getOperations() {
    return Collections.unmodifiableList(operations);
  }
}
