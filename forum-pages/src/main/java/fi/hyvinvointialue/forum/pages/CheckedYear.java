package fi.hyvinvointialue.forum.pages;

import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.profile.PolicyProfile;
import fi.hyvinvointialue.forum.rules.CheckResult;
import fi.hyvinvointialue.forum.rules.ImmutableCheckResult;
import fi.hyvinvointialue.forum.rules.YearReport;
import java.time.Instant;
import java.util.Objects;

/**
 * A year checked once against its profile at a moment: what every page and picture of it is drawn
 * from, so the clock, the report and the command's table never disagree about a finding.
 */
public record CheckedYear(ForumYear year, PolicyProfile profile, Instant now, YearReport report, CheckResult result) {
  public CheckedYear {
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(result, "result");
  }

  /** Checks the year against the profile at {@code now}. */
  public static CheckedYear of(ForumYear year, PolicyProfile profile, Instant now) {
    YearReport report = YearReport.of(year, profile, now);
    return new CheckedYear(year, profile, now, report,
        ImmutableCheckResult.builder().addAllFindings(report.findingsByClause().values()).build());
  }
}
