package fi.hyvinvointialue.forum.secretariat;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import fi.hyvinvointialue.forum.domain.testing.HexagonRules;
import org.junit.jupiter.api.Test;

/** The use cases sit inside the hexagon: they drive the ports and the rules, and see no adapter. */
class SecretariatArchitectureTest {
  private static final String ROOT = "fi.hyvinvointialue.forum";
  private static final JavaClasses MAIN = HexagonRules.mainClasses(ROOT);

  @Test
  void theSecretariatSeesTheDomainTheRulesAndTheModelsLibrariesOnly() {
    classes().that().resideInAPackage(ROOT + ".secretariat..")
        .should().onlyDependOnClassesThat().resideInAnyPackage(
            ROOT + ".domain..", ROOT + ".rules..", ROOT + ".secretariat..",
            "java.lang", "java.lang.invoke", "java.util..", "java.time..", "java.net", "java.io",
            "com.google.common..", "org.immutables..", "com.google.errorprone.annotations..", "org.jspecify..",
            "javax.annotation..")
        .because("the use cases drive the ports; adapters are plugged in by the embedding system")
        .check(MAIN);
  }

  @Test
  void theRulesDoNotSeeTheUseCases() {
    noClasses().that().resideInAnyPackage(ROOT + ".domain..", ROOT + ".rules..")
        .should().dependOnClassesThat().resideInAPackage(ROOT + ".secretariat..")
        .check(MAIN);
    HexagonRules.packagesAreFreeOfCycles(ROOT).check(MAIN);
  }
}
