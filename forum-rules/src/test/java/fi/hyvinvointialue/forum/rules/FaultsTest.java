package fi.hyvinvointialue.forum.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.profile.KeskiSuomi;
import fi.hyvinvointialue.forum.domain.profile.PolicyProfile;
import fi.hyvinvointialue.forum.domain.testing.SampleYears;
import fi.hyvinvointialue.forum.rules.core.Finding;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The failing test of every rule: each single fault put into the Keski-Suomi sample year gives findings
 * of exactly the expected clause and message at the expected severity, and nothing else at that severity
 * or worse.
 */
class FaultsTest {
  static Stream<Fault> faults() {
    return Faults.ALL.stream();
  }

  static ForumYear sample(Fault fault) {
    return fault.isProposal() ? SampleYears.keskiSuomiWithPartnership(2026) : SampleYears.keskiSuomi(2026);
  }

  static PolicyProfile profile(Fault fault) {
    return fault.apply(fault.isProposal() ? KeskiSuomi.profileWithPartnership() : KeskiSuomi.profile());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("faults")
  void theFaultGivesExactlyTheExpectedFinding(Fault fault) {
    assertExactly(fault, PolicyCheck.standard().check(fault.apply(sample(fault)), profile(fault), Plans.LONG_AFTER));
  }

  /** The fault's finding, and no other finding as severe or worse. */
  static void assertExactly(Fault fault, CheckResult result) {
    String explained = result.findings().stream().map(f -> f.messageKey() + ": " + f.message(Locale.ENGLISH))
        .collect(Collectors.joining("\n"));
    ImmutableSet<String> keys = result.findings().stream()
        .filter(finding -> finding.severity().compareTo(fault.severity()) <= 0)
        .map(Finding::messageKey)
        .collect(ImmutableSet.toImmutableSet());
    assertEquals(ImmutableSet.of(fault.messageKey()), keys, fault + "\n" + explained);
    Finding finding = result.findings().stream().filter(f -> f.messageKey().equals(fault.messageKey())).findFirst().orElseThrow();
    assertEquals(fault.clauseId(), finding.clauseId());
    assertEquals(fault.severity(), finding.severity());
    assertTrue(fault.messageKey().startsWith(finding.ruleId()), finding.ruleId());
  }
}
