package it.ccse.anagrafica.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import jakarta.persistence.Entity;

/**
 * The pages' way into the EJB areas (issue 16, ADR 0010): application services and view records,
 * and the areas' values — enums, value objects, the file's operations and recipes as commands — but
 * never an entity, a repository, an {@code internal} implementation or infrastructure.
 */
@AnalyzeClasses(
    packages = "it.ccse.anagrafica",
    importOptions = ImportOption.DoNotIncludeTests.class)
class WebArchitectureTest {

  private static final String WEB = "it.ccse.anagrafica.web..";

  @ArchTest
  static void webReachesNoInfrastructureNorInternals(JavaClasses classes) {
    noClasses()
        .that()
        .resideInAPackage(WEB)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "it.ccse.anagrafica.*.infrastructure..", "it.ccse.anagrafica.*.application.internal..")
        .because("a page calls the area's services; storage, mail and PDF stay behind them")
        .check(classes);
  }

  @ArchTest
  static void webHoldsNoEntityNorRepository(JavaClasses classes) {
    noClasses()
        .that()
        .resideInAPackage(WEB)
        .should()
        .dependOnClassesThat(ENTITIES_AND_REPOSITORIES)
        .because("entities change only inside a service's transaction")
        .check(classes);
  }

  private static final DescribedPredicate<JavaClass> ENTITIES_AND_REPOSITORIES =
      new DescribedPredicate<>("are entities or repositories of an area") {
        @Override
        public boolean test(JavaClass c) {
          return c.getPackageName().startsWith("it.ccse.anagrafica.")
              && !c.getPackageName().startsWith("it.ccse.anagrafica.web")
              && (c.isAnnotatedWith(Entity.class) || c.getSimpleName().endsWith("Repository"));
        }
      };
}
