package it.ccse.anagrafica.file.domain.changes;

import it.ccse.anagrafica.categories.domain.CategoryType;
import it.ccse.anagrafica.categories.domain.obligations.EmployeeThreshold;
import it.ccse.anagrafica.company.domain.Site;
import it.ccse.anagrafica.file.domain.CompanyFile;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What "Firma" asks before a change set is applied, derived from the set and the file, never
 * stored. Each question is answered by an operation of the same set, so the answer is part of the
 * signed report.
 */
public sealed interface Question extends Serializable {

  /** The message explaining a question still open, for a refused signature. */
  InvalidValueException unanswered();

  /**
   * NP-1 "nuovo produttore?": the set brings production and management together on a local unit
   * (adds one where the other exists, or both). Answered by {@link DeclareNewProducer}.
   */
  record NewProducer(String site, String siteName) implements Question {

    private static final Set<CategoryType> PAIR =
        EnumSet.of(CategoryType.PRODUCTION, CategoryType.MANAGEMENT);

    static boolean asked(Site site, List<Operation> operations) {
      var types = site.getCategories().stream().map(c -> c.getType()).toList();
      boolean both = types.containsAll(PAIR);
      boolean added =
          operations.stream()
              .filter(AddCategory.class::isInstance)
              .map(AddCategory.class::cast)
              .anyMatch(a -> a.site().equals(site.getPublicId()) && PAIR.contains(a.type()));
      return both && added;
    }

    boolean answeredBy(List<Operation> operations) {
      return operations.stream()
          .anyMatch(o -> o instanceof DeclareNewProducer d && d.site().equals(site));
    }

    @Override
    public InvalidValueException unanswered() {
      return new InvalidValueException("changeSet.newProducerUnanswered", siteName);
    }
  }

  /**
   * TH-2: the company goes from more than 10 employees to 10 or fewer, so the declaration is made
   * again at signing. Going up needs no declaration. Answered by {@link ReaffirmEmployees}.
   */
  record EmployeesLowered() implements Question {

    static boolean asked(Optional<EmployeeThreshold> before, CompanyFile after) {
      return before.equals(Optional.of(EmployeeThreshold.MORE_THAN_TEN))
          && after
              .getCompany()
              .employeeThreshold()
              .equals(Optional.of(EmployeeThreshold.UP_TO_TEN));
    }

    boolean answeredBy(List<Operation> operations) {
      return operations.stream().anyMatch(ReaffirmEmployees.class::isInstance);
    }

    @Override
    public InvalidValueException unanswered() {
      return new InvalidValueException("changeSet.employeesNotReaffirmed");
    }
  }

  /**
   * The questions still open for {@code operations}, given the company's employee class before the
   * set and the file with the set applied.
   */
  static List<Question> open(
      List<Operation> operations, Optional<EmployeeThreshold> before, CompanyFile after) {
    List<Question> open = new ArrayList<>();
    after.sites().stream()
        .filter(s -> NewProducer.asked(s, operations))
        .map(s -> new NewProducer(s.getPublicId(), s.getName()))
        .filter(q -> !q.answeredBy(operations))
        .forEach(open::add);
    var lowered = new EmployeesLowered();
    if (EmployeesLowered.asked(before, after) && !lowered.answeredBy(operations)) {
      open.add(lowered);
    }
    return open;
  }
}
