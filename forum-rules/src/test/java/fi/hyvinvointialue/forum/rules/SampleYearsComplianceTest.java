package fi.hyvinvointialue.forum.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.profile.KeskiSuomi;
import fi.hyvinvointialue.forum.domain.testing.ForumGenerators;
import fi.hyvinvointialue.forum.domain.testing.SampleYears;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The shared sample years are what every other test changes one thing of, so they must be clean. */
class SampleYearsComplianceTest {
  private static final Instant AFTER_THE_YEAR = Instant.parse("2027-02-01T00:00:00Z");

  /**
   * The only findings on a sample year: the notices of the default profile, whose approval has no date
   * (I-19) and whose county has no business ID on record (I-23).
   */
  static final ImmutableList<String> ONLY_THE_DEFAULT_PROFILES_NOTICES =
      ImmutableList.of("TL-1.3 profile-approved-by-regional-board.undated NOTICE",
          "TL-3.1 county-convenes-chairs-and-keeps-minutes.no-business-id NOTICE");

  static ImmutableList<String> summary(CheckResult result) {
    return result.findings().stream()
        .map(finding -> finding.clauseId() + " " + finding.messageKey() + " " + finding.severity())
        .collect(ImmutableList.toImmutableList());
  }

  private static String explained(CheckResult result) {
    return result.findings().stream().map(finding -> finding.message(Locale.ENGLISH)).collect(Collectors.joining("\n"));
  }

  @Test
  void theKeskiSuomiSampleYearHasNoViolationsAndNoWarnings() {
    CheckResult result = PolicyCheck.standard().check(SampleYears.keskiSuomi(2026), KeskiSuomi.profile(), AFTER_THE_YEAR);
    assertEquals(ONLY_THE_DEFAULT_PROFILES_NOTICES, summary(result), explained(result));
  }

  @Test
  void thePartnershipSampleYearHasNoViolationsAndNoWarningsUnderThePartnershipProfile() {
    CheckResult result = PolicyCheck.standard()
        .check(SampleYears.keskiSuomiWithPartnership(2026), KeskiSuomi.profileWithPartnership(), AFTER_THE_YEAR);
    assertEquals(ONLY_THE_DEFAULT_PROFILES_NOTICES, summary(result), explained(result));
  }

  @Test
  void generatedCompliantYearsOfEverySizeAreClean() {
    for (int forums = 3; forums <= 6; forums++) {
      for (int shift : new int[] {0, 7, 20}) {
        int year = 2026 + forums;
        CheckResult result = PolicyCheck.standard().check(
            ForumGenerators.compliantYear(year, forums, shift, LocalTime.of(9, 15)), KeskiSuomi.profile(),
            Instant.parse((year + 1) + "-02-01T00:00:00Z"));
        assertEquals(ONLY_THE_DEFAULT_PROFILES_NOTICES, summary(result), forums + " forums, shift " + shift + ":\n" + explained(result));
      }
    }
  }

  @Test
  void sampleYearsBuildForEveryYearOfTheModelAndTheirFindingsSayWhy() {
    CheckResult before = PolicyCheck.standard().check(SampleYears.keskiSuomi(2000), KeskiSuomi.profile(), AFTER_THE_YEAR);
    assertEquals(ImmutableList.of("TL-1.3 profile-approved-by-regional-board.undated NOTICE",
        "TL-1.3 profile-in-force-for-the-year.not-yet-valid VIOLATION",
        "TL-3.1 county-convenes-chairs-and-keeps-minutes.no-business-id NOTICE",
        "TL-3.4 working-group-with-provider-representatives VIOLATION",
        "TL-3.6 working-group-term-is-council-term.not-current VIOLATION"), summary(before));
    CheckResult far = PolicyCheck.standard().check(SampleYears.keskiSuomi(2200), KeskiSuomi.profile(),
        Instant.parse("2201-02-01T00:00:00Z"));
    assertEquals(ONLY_THE_DEFAULT_PROFILES_NOTICES, summary(far));
  }
}
