package fi.hyvinvointialue.forum.rules;

import com.tngtech.archunit.core.domain.JavaClasses;
import fi.hyvinvointialue.forum.domain.testing.HexagonRules;
import org.junit.jupiter.api.Test;

class RulesArchitectureTest {
  private static final String ROOT = "fi.hyvinvointialue.forum";

  private final JavaClasses rules = HexagonRules.mainClasses(ROOT + ".rules");

  @Test
  void theRulesSeeOnlyTheDomain() {
    HexagonRules.rulesSeeOnlyTheDomain(ROOT).allowEmptyShould(true).check(rules);
  }
}
