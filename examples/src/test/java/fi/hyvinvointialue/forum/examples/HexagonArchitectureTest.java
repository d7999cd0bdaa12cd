package fi.hyvinvointialue.forum.examples;

import com.tngtech.archunit.core.domain.JavaClasses;
import fi.hyvinvointialue.forum.domain.testing.HexagonRules;
import org.junit.jupiter.api.Test;

/** The whole library's hexagon, checked over every module's main classes. */
class HexagonArchitectureTest {
  private static final String ROOT = "fi.hyvinvointialue.forum";

  private final JavaClasses library = HexagonRules.mainClasses(ROOT);

  @Test
  void theDomainDependsOnlyOnTheJdkGuavaAndImmutables() {
    HexagonRules.domainDependsOnlyOnTheWhitelist(ROOT).check(library);
  }

  @Test
  void theRulesSeeOnlyTheDomain() {
    HexagonRules.rulesSeeOnlyTheDomain(ROOT).allowEmptyShould(true).check(library);
  }

  @Test
  void thePlannerAndTheUseCasesSeeOnlyTheDomainAndTheRules() {
    HexagonRules.applicationSeesOnlyDomainAndRules(ROOT).allowEmptyShould(true).check(library);
  }

  @Test
  void adaptersDoNotSeeEachOther() {
    HexagonRules.adaptersDoNotSeeEachOther(ROOT).allowEmptyShould(true).check(library);
  }

  @Test
  void theInsideDoesNotSeeTheOutside() {
    HexagonRules.theInsideDoesNotSeeTheOutside(ROOT).check(library);
  }

  @Test
  void packagesAreFreeOfCycles() {
    HexagonRules.packagesAreFreeOfCycles(ROOT).check(library);
  }
}
