package fi.hyvinvointialue.forum.secretariat;

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
    HexagonRules.useCasesSeeOnlyTheDomainAndTheRules(ROOT).check(MAIN);
  }

  @Test
  void theRulesDoNotSeeTheUseCases() {
    noClasses().that().resideInAnyPackage(ROOT + ".domain..", ROOT + ".rules..")
        .should().dependOnClassesThat().resideInAPackage(ROOT + ".secretariat..")
        .check(MAIN);
    HexagonRules.packagesAreFreeOfCycles(ROOT).check(MAIN);
  }
}
