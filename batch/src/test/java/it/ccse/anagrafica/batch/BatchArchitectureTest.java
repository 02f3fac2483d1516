package it.ccse.anagrafica.batch;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;

/**
 * The jobs are adapters (issue 16, STYLE "Target layout"): they reach the EJB module through its
 * application services, never its infrastructure or the {@code internal} implementations.
 */
@AnalyzeClasses(
    packages = "it.ccse.anagrafica.batch",
    importOptions = ImportOption.DoNotIncludeTests.class)
class BatchArchitectureTest {

  @ArchTest
  static void batchReachesNoInfrastructureNorInternalImplementation(JavaClasses classes) {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "it.ccse.anagrafica.*.infrastructure..", "it.ccse.anagrafica.*.application.internal..")
        .check(classes);
  }

  /** The shared value types (the lease's terms and resource) are the one domain it may name. */
  @ArchTest
  static void batchReachesNoAreasDomainButSharedValueTypes(JavaClasses classes) {
    noClasses()
        .should()
        .dependOnClassesThat(
            resideInAPackage("it.ccse.anagrafica.*.domain..")
                .and(not(resideInAPackage("it.ccse.anagrafica.shared.domain.."))))
        .check(classes);
  }
}
