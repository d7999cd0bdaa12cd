package fi.hyvinvointialue.forum.examples;

import com.tngtech.archunit.core.domain.JavaClasses;
import fi.hyvinvointialue.forum.domain.testing.HexagonRules;
import org.junit.jupiter.api.Test;

/** The whole library's hexagon, checked over every module's main classes: this module's test class path holds them all. */
class HexagonArchitectureTest {
  private static final String ROOT = "fi.hyvinvointialue.forum";

  private final JavaClasses library = HexagonRules.mainClasses(ROOT);

  @Test
  void theDomainDependsOnlyOnTheJdkGuavaAndImmutables() {
    HexagonRules.domainDependsOnlyOnTheWhitelist(ROOT).check(library);
  }

  @Test
  void theRulesSeeOnlyTheDomain() {
    HexagonRules.rulesSeeOnlyTheDomain(ROOT).check(library);
  }

  @Test
  void thePlannerSeesOnlyTheDomain() {
    HexagonRules.plannerSeesOnlyTheDomain(ROOT).check(library);
  }

  @Test
  void theUseCasesSeeOnlyTheDomainAndTheRules() {
    HexagonRules.useCasesSeeOnlyTheDomainAndTheRules(ROOT).check(library);
  }

  @Test
  void thePublishedLanguageSeesOnlyTheModelAndJackson() {
    HexagonRules.publishedLanguageSeesOnlyTheModelAndJackson(ROOT).check(library);
  }

  @Test
  void thePagesSeeOnlyTheModel() {
    HexagonRules.pagesSeeOnlyTheModel(ROOT).check(library);
  }

  @Test
  void noLibrarySeesTheCommandLine() {
    HexagonRules.noLibrarySeesTheCommandLine(ROOT).check(library);
  }

  @Test
  void theServerSeesOnlyTheModelThePagesAndTheAdapters() {
    HexagonRules.serverSeesOnlyTheModelUseCasesPagesAndAdapters(ROOT).check(library);
  }

  @Test
  void onlyTheCommandLineSeesTheServer() {
    HexagonRules.onlyTheCommandLineSeesTheServer(ROOT).check(library);
  }

  @Test
  void adaptersDoNotSeeEachOther() {
    HexagonRules.adaptersDoNotSeeEachOther(ROOT).check(library);
  }

  @Test
  void theInsideDoesNotSeeTheOutside() {
    HexagonRules.theInsideDoesNotSeeTheOutside(ROOT).check(library);
  }

  @Test
  void profilePeriodsBecomeDatesOnlyInTheCalendar() {
    HexagonRules.profilePeriodsBecomeDatesOnlyInTheCalendar(ROOT).check(library);
  }

  @Test
  void packagesAreFreeOfCycles() {
    HexagonRules.packagesAreFreeOfCycles(ROOT).check(library);
  }
}
