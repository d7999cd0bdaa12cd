package fi.hyvinvointialue.forum.cli;

import fi.hyvinvointialue.forum.adapters.json.Plan;
import fi.hyvinvointialue.forum.rules.CheckResult;
import fi.hyvinvointialue.forum.rules.ImmutableCheckResult;
import fi.hyvinvointialue.forum.rules.YearReport;
import java.time.Instant;

/** A plan checked once at a moment: the year's report and the findings it holds, as the views need them. */
record CheckedPlan(Plan plan, Instant now, YearReport report, CheckResult result) {
  static CheckedPlan of(Plan plan, Instant now) {
    YearReport report = YearReport.of(plan.year(), plan.profile(), now);
    return new CheckedPlan(plan, now, report,
        ImmutableCheckResult.builder().addAllFindings(report.findingsByClause().values()).build());
  }
}
