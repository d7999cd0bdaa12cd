package fi.hyvinvointialue.forum.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import fi.hyvinvointialue.forum.domain.testing.HexagonRules;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RulesArchitectureTest {
  private static final String ROOT = "fi.hyvinvointialue.forum";

  /** "Now", the zone and the language come in as values: nothing in the rules may ask the JVM for them. */
  private static final DescribedPredicate<JavaMethodCall> READS_CLOCK_ZONE_OR_LOCALE =
      new DescribedPredicate<>("reads the system clock, the default time zone or the default locale") {
        private final Set<String> defaults = Set.of("java.time.ZoneId.systemDefault", "java.util.TimeZone.getDefault",
            "java.util.Locale.getDefault", "java.lang.System.currentTimeMillis", "java.lang.System.nanoTime",
            "java.time.Clock.systemDefaultZone", "java.time.Clock.systemUTC");

        @Override
        public boolean test(JavaMethodCall call) {
          String owner = call.getTargetOwner().getFullName();
          String name = call.getName();
          return owner.startsWith("java.time.") && name.equals("now") || defaults.contains(owner + "." + name);
        }
      };

  /** Imported once for both tests: importing is the slow part. */
  private static final JavaClasses RULES = HexagonRules.mainClasses(ROOT + ".rules");

  @Test
  void theRulesSeeOnlyTheDomain() {
    HexagonRules.rulesSeeOnlyTheDomain(ROOT).allowEmptyShould(true).check(RULES);
  }

  @Test
  void theRulesNeverReadTheClockTheZoneOrTheLocale() {
    noClasses().that().resideInAPackage(ROOT + ".rules").should().callMethodWhere(READS_CLOCK_ZONE_OR_LOCALE).check(RULES);
  }
}
