package it.ccse.anagrafica;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * The areas' dependency rules (issue 16, STYLE "Target layout"), checked on the main classes of the
 * EJB module. An area is the package right under {@code it.ccse.anagrafica}; its layers are the
 * {@code domain}, {@code application} (with {@code internal}) and {@code infrastructure} packages.
 */
@AnalyzeClasses(
    packages = "it.ccse.anagrafica",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String ROOT = "it.ccse.anagrafica.";

  /**
   * Application classes that still run their own SQL through {@code shared.infrastructure
   * .persistence} ({@code Jdbc}, {@code DatabaseSchema}): the reminders runner, over its own {@code
   * reminder_sent} table and the accounts it writes to.
   */
  private static final Set<String> STILL_ON_SHARED_JDBC =
      Set.of(ROOT + "notifications.application.Reminders");

  @ArchTest
  static void domainImportsNoInfrastructure(JavaClasses classes) {
    noClasses()
        .that()
        .resideInAPackage("..domain..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("..infrastructure..")
        .because("the domain is plain rules; storage, PDF and mail are behind its ports")
        .check(classes);
  }

  @ArchTest
  static void applicationImportsNoOtherAreasInfrastructure(JavaClasses classes) {
    classes()
        .that()
        .resideInAPackage("..application..")
        .should(
            dependOnlyWhere(
                "not use another area's infrastructure (only its ports)",
                (origin, target) ->
                    !layer(target).equals(Optional.of("infrastructure"))
                        || area(target).equals(area(origin))
                        || STILL_ON_SHARED_JDBC.contains(origin.getName())))
        .check(classes);
  }

  @ArchTest
  static void internalPackagesAreNotUsedOutsideTheirArea(JavaClasses classes) {
    classes()
        .should(
            dependOnlyWhere(
                "use another area's internal package only through its interfaces",
                (origin, target) ->
                    !target.getPackageName().contains(".internal")
                        || area(target).equals(area(origin))))
        .check(classes);
  }

  /**
   * The areas, lowest first (docs/architecture.md, ADR 0010): an area may use the ones before it,
   * never one after it, so there are no cycles between areas.
   */
  static final List<String> ORDER =
      List.of(
          "shared",
          "documents",
          "notifications",
          "accounts",
          "categories",
          "company",
          "fees",
          "reconciliation",
          "file",
          "practices",
          "payments",
          "sectors",
          "validation");

  @ArchTest
  static void areasDependOnlyOnLowerAreas(JavaClasses classes) {
    classes()
        .should(
            dependOnlyWhere(
                "use only its own area and the areas below it " + ORDER,
                (origin, target) -> rank(target) <= rank(origin)))
        .check(classes);
  }

  @ArchTest
  static void areasHaveNoCycles(JavaClasses classes) {
    slices().matching(ROOT + "(*)..").should().beFreeOfCycles().check(classes);
  }

  @ArchTest
  static void everyAreaIsInTheOrder(JavaClasses classes) {
    classes()
        .should(
            new ArchCondition<>("reside in an area named in " + ORDER) {
              @Override
              public void check(JavaClass c, ConditionEvents events) {
                if (area(c).filter(a -> !ORDER.contains(a)).isPresent()) {
                  events.add(
                      SimpleConditionEvent.violated(c, c.getName() + " is in no known area"));
                }
              }
            })
        .check(classes);
  }

  private static int rank(JavaClass c) {
    return area(c).map(ORDER::indexOf).orElse(-1);
  }

  /** The area of a class of this application ({@code registry}, {@code shared}, …), if any. */
  private static Optional<String> area(JavaClass c) {
    String name = c.getPackageName();
    if (!name.startsWith(ROOT)) {
      return Optional.empty();
    }
    int dot = name.indexOf('.', ROOT.length());
    return Optional.of(
        dot < 0 ? name.substring(ROOT.length()) : name.substring(ROOT.length(), dot));
  }

  /** {@code domain}, {@code application} or {@code infrastructure} for a class of an area. */
  private static Optional<String> layer(JavaClass c) {
    return area(c)
        .map(a -> c.getPackageName().substring(ROOT.length() + a.length()))
        .filter(rest -> rest.startsWith("."))
        .map(rest -> rest.substring(1).split("\\.")[0]);
  }

  /** Every dependency of the class on another class of this application passes {@code allowed}. */
  private static ArchCondition<JavaClass> dependOnlyWhere(
      String description, BiPredicate<JavaClass, JavaClass> allowed) {
    return new ArchCondition<>(description) {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        for (Dependency d : origin.getDirectDependenciesFromSelf()) {
          JavaClass target = d.getTargetClass();
          if (area(target).isPresent() && !allowed.test(origin, target)) {
            events.add(SimpleConditionEvent.violated(d, d.getDescription()));
          }
        }
      }
    };
  }
}
