package fi.hyvinvointialue.forum.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import fi.hyvinvointialue.forum.domain.testing.HexagonRules;
import org.junit.jupiter.api.Test;

class DomainArchitectureTest {
  private static final String ROOT = "fi.hyvinvointialue.forum";
  private static final String FIXTURE = "fi.hyvinvointialue.forum.archfixture";

  private final JavaClasses domain = HexagonRules.mainClasses(ROOT + ".domain");
  private final JavaClasses fixture = new ClassFileImporter().importPackages(FIXTURE);

  @Test
  void theDomainDependsOnlyOnTheJdkGuavaAndImmutables() {
    HexagonRules.domainDependsOnlyOnTheWhitelist(ROOT).check(domain);
  }

  @Test
  void theDomainIsFreeOfPackageCycles() {
    HexagonRules.packagesAreFreeOfCycles(ROOT).check(domain);
  }

  @Test
  void theDomainSeesNoAdapter() {
    HexagonRules.theInsideDoesNotSeeTheOutside(ROOT).check(domain);
  }

  @Test
  void onlyTheCalendarTurnsTheDomainsPeriodsIntoDates() {
    HexagonRules.profilePeriodsBecomeDatesOnlyInTheCalendar(ROOT).check(domain);
  }

  @Test
  void eachRuleFailsOnAFixtureThatBreaksIt() {
    assertTrue(HexagonRules.domainDependsOnlyOnTheWhitelist(FIXTURE).evaluate(fixture).hasViolation(), "JDBC in the domain");
    assertTrue(HexagonRules.rulesSeeOnlyTheDomain(FIXTURE).evaluate(fixture).hasViolation(), "an adapter in the rules");
    assertTrue(HexagonRules.adaptersDoNotSeeEachOther(FIXTURE).evaluate(fixture).hasViolation(), "adapter to adapter");
    assertTrue(HexagonRules.theInsideDoesNotSeeTheOutside(FIXTURE).evaluate(fixture).hasViolation(), "rules to adapter");
    assertTrue(HexagonRules.packagesAreFreeOfCycles(FIXTURE).evaluate(fixture).hasViolation(), "a package cycle");
    assertEquals(2, HexagonRules.profilePeriodsBecomeDatesOnlyInTheCalendar(FIXTURE).evaluate(fixture).getFailureReport()
        .getDetails().size(), "a page counting days off the profile, by a call and by a method reference");
  }
}
