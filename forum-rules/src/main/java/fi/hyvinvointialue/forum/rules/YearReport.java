package fi.hyvinvointialue.forum.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSet;
import fi.hyvinvointialue.forum.domain.AgendaItem;
import fi.hyvinvointialue.forum.domain.AnnualClock;
import fi.hyvinvointialue.forum.domain.ClockTheme;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.ForumStyle;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.StrategicGoal;
import fi.hyvinvointialue.forum.domain.ThemeKind;
import fi.hyvinvointialue.forum.domain.profile.PolicyProfile;
import fi.hyvinvointialue.forum.rules.core.ClockThemes;
import fi.hyvinvointialue.forum.rules.core.Events;
import fi.hyvinvointialue.forum.rules.core.Finding;
import fi.hyvinvointialue.forum.rules.core.Subject;
import fi.hyvinvointialue.forum.rules.core.SubjectKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * A county's year at a glance: the events held or planned, the themes and strategic goals the open
 * forums took up and those they missed, every finding grouped by clause, and the verdict. Themes and
 * goals count only on open forums that are not cancelled: targeted events serve single procurements.
 */
@Value.Immutable
@ForumStyle
public interface YearReport {
  String countyId();

  int year();

  /** The profile checked against, as {@code id@version}. */
  String profile();

  /** The "now" the check was made at. */
  Instant checkedAt();

  /** Every event of the year in chronological order, cancelled ones included with their status. */
  ImmutableList<ForumSummary> events();

  /** How many open forums are held or planned (cancelled ones do not count). */
  int openForums();

  /** The kinds of clock theme the open forums took up before the decision they feed (INTERPRETATIONS.md, I-11). */
  ImmutableSet<ThemeKind> themesCovered();

  /**
   * The standing themes of the profile and the kinds on the clock that no open forum took up before the
   * decision they feed: for the standing themes, exactly those TL-3.3's warnings name.
   */
  ImmutableSet<ThemeKind> themesMissed();

  ImmutableSet<StrategicGoal> goalsCovered();

  ImmutableSet<StrategicGoal> goalsMissed();

  /** The findings by clause, clauses in the policy's order. */
  ImmutableListMultimap<String, Finding> findingsByClause();

  Verdict verdict();

  /** The report of a year checked with every rule of the policy. */
  static YearReport of(ForumYear year, PolicyProfile profile, Instant now) {
    return of(PolicyCheck.standard(), year, profile, now);
  }

  static YearReport of(PolicyCheck check, ForumYear year, PolicyProfile profile, Instant now) {
    CheckResult result = check.check(year, profile, now);
    Set<StrategicGoal> goals = EnumSet.noneOf(StrategicGoal.class);
    List<ForumEvent> events = new ArrayList<>(year.events());
    events.sort(Events.CHRONOLOGICAL);
    ImmutableList.Builder<ForumSummary> summaries = ImmutableList.builder();
    for (ForumEvent event : events) {
      Set<String> eventThemes = new TreeSet<>();
      for (AgendaItem item : event.agenda()) {
        item.themeId().ifPresent(eventThemes::add);
        if (Events.isActiveForum(event)) {
          goals.addAll(item.strategicGoals());
        }
      }
      summaries.add(ImmutableForumSummary.builder().eventId(event.id()).kind(event.kind()).title(event.title())
          .start(event.start()).status(event.status()).addAllThemeIds(eventThemes)
          .findings(findingsAbout(result, event)).build());
    }
    Set<ThemeKind> covered = EnumSet.noneOf(ThemeKind.class);
    Set<ThemeKind> expected = EnumSet.noneOf(ThemeKind.class);
    expected.addAll(profile.standingThemes());
    if (year.clock().isPresent()) {
      AnnualClock clock = year.clock().get();
      Set<String> takenUp = ClockThemes.takenUpInTime(clock, Events.activeForums(year));
      for (ClockTheme theme : clock.themes()) {
        expected.add(theme.kind());
        if (takenUp.contains(theme.id())) {
          covered.add(theme.kind());
        }
      }
    }
    expected.removeAll(covered);
    Set<StrategicGoal> missedGoals = EnumSet.allOf(StrategicGoal.class);
    missedGoals.removeAll(goals);
    return ImmutableYearReport.builder()
        .countyId(year.countyId())
        .year(year.year())
        .profile(profile.id() + "@" + profile.version())
        .checkedAt(now)
        .addAllEvents(summaries.build())
        .openForums(Events.activeForums(year).size())
        .addAllThemesCovered(covered)
        .addAllThemesMissed(expected)
        .addAllGoalsCovered(goals)
        .addAllGoalsMissed(missedGoals)
        .putAllFindingsByClause(result.byClause())
        .verdict(result.verdict())
        .build();
  }

  private static int findingsAbout(CheckResult result, ForumEvent event) {
    Set<String> itemIds = new HashSet<>();
    for (AgendaItem item : event.agenda()) {
      itemIds.add(item.id());
    }
    int count = 0;
    for (Finding finding : result.findings()) {
      Subject subject = finding.subject();
      boolean aboutEvent = (subject.kind() == SubjectKind.EVENT || subject.kind() == SubjectKind.MEMO)
          && subject.id().equals(event.id());
      if (aboutEvent || subject.kind() == SubjectKind.AGENDA_ITEM && itemIds.contains(subject.id())) {
        count++;
      }
    }
    return count;
  }
}
