package fi.hyvinvointialue.forum.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.profile.KeskiSuomi;
import fi.hyvinvointialue.forum.domain.profile.PolicyProfile;
import fi.hyvinvointialue.forum.domain.testing.ForumGenerators;
import fi.hyvinvointialue.forum.domain.testing.SampleYears;
import fi.hyvinvointialue.forum.rules.core.Finding;
import fi.hyvinvointialue.forum.rules.core.Severity;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class PolicyCheckProperties {
  private static final int EXAMPLES = 25;
  private static final ImmutableList<Fault> PLAN_FAULTS =
      Faults.generic().stream().filter(fault -> !fault.isProposal()).collect(ImmutableList.toImmutableList());
  private static final ImmutableList<Fault> PROPOSAL_FAULTS =
      Faults.generic().stream().filter(Fault::isProposal).collect(ImmutableList.toImmutableList());
  private static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("fi"), Locale.forLanguageTag("sv"), Locale.ENGLISH);

  private static CheckResult check(ForumYear year, PolicyProfile profile) {
    return PolicyCheck.standard().check(year, profile, Plans.LONG_AFTER);
  }

  @Test
  void compliantYearsGiveNoViolationsAndNoWarnings() {
    qt().withExamples(EXAMPLES).forAll(ForumGenerators.compliantYears()).checkAssert(year ->
        assertEquals(SampleYearsComplianceTest.ONLY_THE_DEFAULT_PROFILES_NOTICES,
            SampleYearsComplianceTest.summary(check(year, KeskiSuomi.profile()))));
  }

  @Test
  void compliantPartnershipYearsGiveNoViolationsAndNoWarnings() {
    qt().withExamples(EXAMPLES).forAll(ForumGenerators.years()).checkAssert(year ->
        assertEquals(SampleYearsComplianceTest.ONLY_THE_DEFAULT_PROFILES_NOTICES, SampleYearsComplianceTest.summary(
            check(SampleYears.keskiSuomiWithPartnership(year), KeskiSuomi.profileWithPartnership()))));
  }

  @Test
  void eachSingleFaultGivesAFindingOfExactlyItsClause() {
    qt().withExamples(EXAMPLES * 3)
        .forAll(ForumGenerators.compliantYears(), integers().between(0, PLAN_FAULTS.size() - 1))
        .checkAssert((year, index) -> {
          Fault fault = PLAN_FAULTS.get(index);
          FaultsTest.assertExactly(fault, check(fault.apply(year), fault.apply(KeskiSuomi.profile())));
        });
  }

  @Test
  void eachSingleFaultOfThePartnershipGivesAFindingOfExactlyItsClause() {
    qt().withExamples(EXAMPLES)
        .forAll(ForumGenerators.years(), integers().between(0, PROPOSAL_FAULTS.size() - 1))
        .checkAssert((year, index) -> {
          Fault fault = PROPOSAL_FAULTS.get(index);
          FaultsTest.assertExactly(fault, check(fault.apply(SampleYears.keskiSuomiWithPartnership(year)),
              fault.apply(KeskiSuomi.profileWithPartnership())));
        });
  }

  @Test
  void shufflingEveryListChangesNothing() {
    qt().withExamples(EXAMPLES * 2)
        .forAll(ForumGenerators.compliantYears(), integers().between(0, Faults.ALL.size() - 1), longs().all())
        .checkAssert((generated, index, seed) -> {
          Fault fault = Faults.ALL.get(index);
          ForumYear base = fault.isProposal() ? SampleYears.keskiSuomiWithPartnership(generated.year())
              : fault.generic() ? generated : SampleYears.keskiSuomi(generated.year());
          PolicyProfile profile = fault.apply(fault.isProposal() ? KeskiSuomi.profileWithPartnership() : KeskiSuomi.profile());
          ForumYear year = fault.apply(base);
          Shuffled shuffled = new Shuffled(seed);
          assertEquals(check(year, profile), check(shuffled.year(year), shuffled.profile(profile)));
        });
  }

  @Test
  void manyFaultsAtOnceGiveFindingsNeverExceptions() {
    qt().withExamples(EXAMPLES * 2)
        .forAll(ForumGenerators.compliantYears(), integers().between(0, Faults.ALL.size() - 1),
            integers().between(0, Faults.ALL.size() - 1), integers().between(0, Faults.ALL.size() - 1))
        .checkAssert((generated, first, second, third) -> {
          ForumYear year = SampleYears.keskiSuomiWithPartnership(generated.year());
          PolicyProfile profile = KeskiSuomi.profileWithPartnership();
          for (int index : new int[] {first, second, third}) {
            Fault fault = Faults.ALL.get(index);
            try {
              year = fault.apply(year);
              profile = fault.apply(profile);
            } catch (RuntimeException notApplicableAfterAnotherFault) {
              // e.g. "shorten the feedback window" after "no feedback window": the fault, not the rules, gives up
            }
          }
          CheckResult result = check(year, profile);
          assertEquals(result.verdict() == Verdict.NOT_COMPLIANT, !result.withSeverity(Severity.VIOLATION).isEmpty());
        });
  }

  @Test
  void theJvmsDefaultZoneAndLocaleChangeNothing() {
    qt().withExamples(EXAMPLES)
        .forAll(ForumGenerators.compliantYears(), integers().between(0, PLAN_FAULTS.size() - 1))
        .checkAssert((generated, index) -> {
          Fault fault = PLAN_FAULTS.get(index);
          ForumYear year = fault.apply(generated);
          PolicyProfile profile = fault.apply(KeskiSuomi.profile());
          CheckResult expected = check(year, profile);
          List<String> expectedMessages = messages(expected);
          TimeZone zone = TimeZone.getDefault();
          Locale locale = Locale.getDefault();
          try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            Locale.setDefault(Locale.forLanguageTag("sv-FI"));
            CheckResult elsewhere = check(year, profile);
            assertEquals(expected, elsewhere);
            assertEquals(expectedMessages, messages(elsewhere));
          } finally {
            TimeZone.setDefault(zone);
            Locale.setDefault(locale);
          }
        });
  }

  private static List<String> messages(CheckResult result) {
    ImmutableList.Builder<String> messages = ImmutableList.builder();
    for (Finding finding : result.findings()) {
      for (Locale language : LANGUAGES) {
        messages.add(finding.message(language));
      }
    }
    return messages.build();
  }
}
