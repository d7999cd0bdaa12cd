package fi.hyvinvointialue.forum.planning;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import fi.hyvinvointialue.forum.domain.testing.HexagonRules;
import org.junit.jupiter.api.Test;

class PlanningArchitectureTest {
  private static final String ROOT = "fi.hyvinvointialue.forum";

  @Test
  void thePlannerSeesTheDomainAndTheRulesOnly() {
    JavaClasses planning = HexagonRules.mainClasses(ROOT + ".planning");
    classes()
        .that().resideInAPackage(ROOT + ".planning..")
        .should().onlyDependOnClassesThat()
        .resideInAnyPackage(ROOT + ".planning..", ROOT + ".domain..", ROOT + ".rules..", "java..",
            "com.google.common..", "org.immutables..", "com.google.errorprone.annotations..", "org.jspecify..",
            "javax.annotation..")
        .because("the planner is pure: it plans in the model and never reaches an adapter")
        .check(planning);
  }
}
