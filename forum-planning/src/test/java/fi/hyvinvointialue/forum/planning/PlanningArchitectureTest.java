package fi.hyvinvointialue.forum.planning;

import com.tngtech.archunit.core.domain.JavaClasses;
import fi.hyvinvointialue.forum.domain.testing.HexagonRules;
import org.junit.jupiter.api.Test;

class PlanningArchitectureTest {
  private static final String ROOT = "fi.hyvinvointialue.forum";

  private final JavaClasses planning = HexagonRules.mainClasses(ROOT + ".planning");

  @Test
  void thePlannerSeesOnlyTheDomain() {
    HexagonRules.plannerSeesOnlyTheDomain(ROOT).check(planning);
  }

  @Test
  void thePlannerNeverReachesAnAdapter() {
    HexagonRules.theInsideDoesNotSeeTheOutside(ROOT).check(planning);
  }
}
