package it.ccse.anagrafica.file.domain;

import it.ccse.anagrafica.categories.domain.CategoryType;
import it.ccse.anagrafica.categories.domain.obligations.FileNotice;
import it.ccse.anagrafica.company.domain.Category;
import it.ccse.anagrafica.company.domain.Company;
import it.ccse.anagrafica.company.domain.Delegate;
import it.ccse.anagrafica.company.domain.Device;
import it.ccse.anagrafica.company.domain.FileProblem;
import it.ccse.anagrafica.company.domain.Site;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import it.ccse.anagrafica.shared.domain.NotFoundException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * "Fascicolo" of a validated company (VW-2): its code and registry code, and every site with what
 * is registered there. Its version moves with every signed change set, so a change set built on an
 * older file is refused (MD-9).
 */
@Entity
@Table(name = "company_file")
public class CompanyFile {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "company_file_seq")
  @SequenceGenerator(
      name = "company_file_seq",
      sequenceName = "company_file_seq",
      allocationSize = 50)
  private Long id;

  @Version private long version;

  @OneToOne(optional = false)
  @JoinColumn(name = "company_id", unique = true)
  private Company company;

  @Column(nullable = false, unique = true)
  private String code;

  @Column(name = "registry_code", nullable = false)
  private String registryCode;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  protected CompanyFile() {}

  public CompanyFile(Company company, String code, String registryCode, LocalDateTime createdAt) {
    if (!company.isValidated()) {
      throw new InvalidValueException("file.companyNotValidated");
    }
    this.company = company;
    this.code = code;
    this.registryCode = registryCode;
    this.createdAt = createdAt;
  }

  public List<Site> sites() {
    return company.getSites();
  }

  public Site registeredOffice() {
    return company.registeredOffice().orElseThrow();
  }

  public Site site(String publicId) {
    return sites().stream()
        .filter(s -> s.getPublicId().equals(publicId))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("file.unknownItem"));
  }

  public Category category(String publicId) {
    return find(s -> s.category(publicId));
  }

  public Delegate delegate(String publicId) {
    return find(s -> s.delegate(publicId));
  }

  public Device device(String publicId) {
    return find(s -> s.device(publicId));
  }

  private <T> T find(Function<Site, Optional<T>> lookup) {
    return sites().stream()
        .map(lookup)
        .flatMap(Optional::stream)
        .findFirst()
        .orElseThrow(() -> new NotFoundException("file.unknownItem"));
  }

  /**
   * TH-1, VO-1, AG-1: what the company still has to declare, derived from the file; nothing once it
   * has ceased, nothing about a closed unit (RQ-1).
   */
  public List<FileNotice> notices() {
    List<FileNotice> notices = new ArrayList<>();
    if (company.isCeased()) {
      return notices;
    }
    if (company.employeeThreshold().isEmpty()) {
      notices.add(new FileNotice(FileNotice.Kind.EMPLOYEE_THRESHOLD, List.of()));
    }
    var categories =
        sites().stream()
            .filter(s -> !s.isClosed())
            .flatMap(s -> s.getCategories().stream())
            .toList();
    List<String> agricultural =
        categories.stream()
            .filter(c -> c.getType() == CategoryType.AGRICULTURAL)
            .filter(c -> c.getDetails().getOrganisedCircuit() == null)
            .map(c -> c.getSite().getName() + ": " + c.label())
            .toList();
    if (!agricultural.isEmpty()) {
      notices.add(new FileNotice(FileNotice.Kind.AGRICULTURAL_CIRCUIT, agricultural));
    }
    List<String> undecided =
        categories.stream()
            .filter(c -> !c.isJoinedVoluntarily())
            .filter(
                c -> {
                  var obligation = c.obligation();
                  return !obligation.isMandatory() && !obligation.awaitsDeclaration();
                })
            .map(c -> c.getSite().getName() + ": " + c.label())
            .toList();
    if (!undecided.isEmpty()) {
      notices.add(new FileNotice(FileNotice.Kind.VOLUNTARY_CATEGORIES, undecided));
    }
    return notices;
  }

  /** MD-7 across the file: empty when a change set may be signed. */
  public List<FileProblem> problems() {
    return sites().stream().flatMap(s -> s.problems().stream()).toList();
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public Company getCompany() {
    return company;
  }

  public String getCode() {
    return code;
  }

  public String getRegistryCode() {
    return registryCode;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }
}
