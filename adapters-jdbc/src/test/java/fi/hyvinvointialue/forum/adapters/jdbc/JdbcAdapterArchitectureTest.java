package fi.hyvinvointialue.forum.adapters.jdbc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import fi.hyvinvointialue.forum.domain.testing.HexagonRules;
import org.junit.jupiter.api.Test;

/** One public entry class; inside, only the domain, JDBC, Flyway and the two drivers. */
class JdbcAdapterArchitectureTest {
  private static final String PACKAGE = "fi.hyvinvointialue.forum.adapters.jdbc";

  private final JavaClasses adapter = HexagonRules.mainClasses(PACKAGE);

  @Test
  void theStoreIsTheOnlyPublicClass() {
    classes()
        .that(DescribedPredicate.not(JavaClass.Predicates.equivalentTo(JdbcForumYears.class)))
        .and().areTopLevelClasses()
        .should().notHaveModifier(JavaModifier.PUBLIC)
        .check(adapter);
  }

  @Test
  void theAdapterSeesOnlyTheDomainThePublishedLanguageJdbcFlywayThePoolAndTheDrivers() {
    classes()
        .should().onlyDependOnClassesThat().resideInAnyPackage(
            PACKAGE, "fi.hyvinvointialue.forum.domain..", "fi.hyvinvointialue.forum.json..", "java..", "javax.sql..", "com.google.common..",
            "org.immutables..", "org.flywaydb..", "com.zaxxer.hikari..", "org.h2..", "org.postgresql..")
        .check(adapter);
  }
}
