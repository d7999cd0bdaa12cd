package fi.hyvinvointialue.forum.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import fi.hyvinvointialue.forum.domain.EventKind;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.ImmutableAgendaItem;
import fi.hyvinvointialue.forum.domain.StrategicGoal;
import fi.hyvinvointialue.forum.domain.ThemeKind;
import fi.hyvinvointialue.forum.domain.profile.KeskiSuomi;
import fi.hyvinvointialue.forum.domain.testing.SampleYears;
import fi.hyvinvointialue.forum.rules.core.Finding;
import fi.hyvinvointialue.forum.rules.core.Severity;
import org.junit.jupiter.api.Test;

class YearReportTest {
  private final ForumYear year = SampleYears.keskiSuomi(2026);

  @Test
  void theSampleYearIsCompliantAndCoversEveryStandingTheme() {
    YearReport report = YearReport.of(year, KeskiSuomi.profile(), Plans.LONG_AFTER);
    assertEquals("keski-suomi", report.countyId());
    assertEquals(2026, report.year());
    assertEquals("keski-suomi@2026.1", report.profile());
    assertEquals(ImmutableList.of("foorumi-2026-1", "foorumi-2026-2", "foorumi-2026-3", "kohdennettu-2026-kotihoito",
        "foorumi-2026-4"), report.events().stream().map(ForumSummary::eventId).collect(ImmutableList.toImmutableList()));
    assertEquals(EventKind.TARGETED_EVENT, report.events().get(3).kind());
    assertEquals(ImmutableList.of(SampleYears.STRATEGY), report.events().get(0).themeIds());
    assertEquals(4, report.openForums());
    assertEquals(ImmutableSet.of(ThemeKind.STRATEGY_AND_FUTURE, ThemeKind.WELFARE_REPORT_AND_PLAN, ThemeKind.BUDGET,
        ThemeKind.PROCUREMENT_PLAN, ThemeKind.VOUCHER_RULEBOOK_GENERAL_PART), report.themesCovered());
    assertEquals(ImmutableSet.of(), report.themesMissed());
    assertEquals(ImmutableSet.copyOf(StrategicGoal.values()), report.goalsCovered());
    assertEquals(ImmutableSet.of(), report.goalsMissed());
    assertEquals(ImmutableSet.of("TL-1.3", "TL-3.1"), report.findingsByClause().keySet());
    assertEquals(Verdict.COMPLIANT, report.verdict());
  }

  @Test
  void aStandingThemeTheReportMissesIsAWarningOfTheCheck() {
    // Only the targeted event takes up vouchers once the September forum's news item is on the budget again.
    ForumYear vouchersOnlyTargeted = Plans.withEvent(year, "foorumi-2026-3",
        Plans.agendaItem(1, item -> ImmutableAgendaItem.copyOf(item).withThemeId(SampleYears.BUDGET)));
    YearReport report = YearReport.of(vouchersOnlyTargeted, KeskiSuomi.profile(), Plans.LONG_AFTER);
    assertEquals(ImmutableSet.of(ThemeKind.VOUCHER_RULEBOOK_GENERAL_PART), report.themesMissed());
    ImmutableList<Finding> warnings = report.findingsByClause().get("TL-3.3");
    assertEquals(1, warnings.size());
    assertEquals(Severity.WARNING, warnings.get(0).severity());
    assertEquals("Palvelusetelien sääntökirjojen yleinen osa", warnings.get(0).facts().get("theme"));
    assertEquals("2026-10-27", warnings.get(0).facts().get("decided"));
    assertEquals(Verdict.COMPLIANT_WITH_WARNINGS, report.verdict());
  }

  @Test
  void findingsAreGroupedByClauseInThePolicysOrderAndCountedPerEvent() {
    Fault noVenue = Faults.ALL.stream().filter(f -> f.messageKey().equals("on-site-and-remote.no-venue")).findFirst().orElseThrow();
    Fault lateAgenda = Faults.ALL.stream().filter(f -> f.messageKey().equals("materials-published-a-week-ahead"))
        .findFirst().orElseThrow();
    ForumYear faulty = lateAgenda.apply(noVenue.apply(year));
    YearReport report = YearReport.of(faulty, KeskiSuomi.profile(), Plans.LONG_AFTER);
    assertEquals(ImmutableList.of("TL-1.3", "TL-3.1", "TL-4.1", "TL-4.5"), ImmutableList.copyOf(report.findingsByClause().keySet()));
    assertEquals(2, report.events().get(0).findings());
    assertEquals(0, report.events().get(1).findings());
    assertEquals(Verdict.NOT_COMPLIANT, report.verdict());
  }

  @Test
  void aYearWithoutForumsMissesEveryThemeAndGoal() {
    ForumYear empty = fi.hyvinvointialue.forum.domain.ImmutableForumYear.copyOf(year).withEvents();
    YearReport report = YearReport.of(empty, KeskiSuomi.profile(), Plans.LONG_AFTER);
    assertEquals(0, report.openForums());
    assertEquals(ImmutableSet.of(), report.themesCovered());
    assertEquals(ImmutableSet.of(ThemeKind.BUDGET, ThemeKind.PROCUREMENT_PLAN, ThemeKind.VOUCHER_RULEBOOK_GENERAL_PART,
        ThemeKind.STRATEGY_AND_FUTURE, ThemeKind.WELFARE_REPORT_AND_PLAN), report.themesMissed());
    assertEquals(ImmutableSet.copyOf(StrategicGoal.values()), report.goalsMissed());
    assertEquals(Verdict.NOT_COMPLIANT, report.verdict());
  }
}
