package fi.hyvinvointialue.forum.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import fi.hyvinvointialue.forum.domain.BodyKind;
import fi.hyvinvointialue.forum.domain.Decision;
import fi.hyvinvointialue.forum.domain.DecisionKind;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.HelsinkiTime;
import fi.hyvinvointialue.forum.domain.profile.KeskiSuomi;
import fi.hyvinvointialue.forum.domain.profile.PolicyProfile;
import fi.hyvinvointialue.forum.domain.testing.ForumGenerators;
import fi.hyvinvointialue.forum.domain.testing.SampleYears;
import fi.hyvinvointialue.forum.rules.PolicyCheck;
import fi.hyvinvointialue.forum.rules.core.Finding;
import fi.hyvinvointialue.forum.rules.core.Severity;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class AnnualClockPlannerProperties {
  private static final int EXAMPLES = 200;
  private static final Locale[] LANGUAGES = {Locale.ROOT, Locale.forLanguageTag("sv"), Locale.ENGLISH};
  private final AnnualClockPlanner planner = new AnnualClockPlanner();

  /** One decision of a generated calendar: its kind, body and day counted from the year's 1 January. */
  private static final class Seed {
    final DecisionKind kind;
    final BodyKind body;
    final int day;

    Seed(DecisionKind kind, BodyKind body, int day) {
      this.kind = kind;
      this.body = body;
      this.day = day;
    }
  }

  private static Gen<List<Seed>> calendars(int firstDay, int lastDay) {
    return lists().of(arbitrary().enumValues(DecisionKind.class)
            .zip(arbitrary().enumValues(BodyKind.class), integers().between(firstDay, lastDay), Seed::new))
        .ofSizeBetween(0, 7);
  }

  private static ImmutableList<Decision> decisions(int year, List<Seed> seeds) {
    return IntStream.range(0, seeds.size())
        .mapToObj(i -> SampleYears.decision("paatos-" + i, "Päätös " + i, seeds.get(i).kind, seeds.get(i).body,
            seeds.get(i).body == BodyKind.BOARD ? "lautakunta-" + i : "elin-" + i,
            LocalDate.of(year, 1, 1).plusDays(seeds.get(i).day)))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * A request for the calendar; with the partnership proposal adopted, the previous year's
   * partnership records are carried, since the planner cannot invent an agreement.
   */
  private static PlanningRequest request(int year, List<Seed> seeds, int forums, LocalTime start, boolean partnership) {
    PolicyProfile profile = partnership ? KeskiSuomi.profileWithPartnership() : KeskiSuomi.profile();
    ImmutablePlanningRequest.Builder request = ImmutablePlanningRequest.builder()
        .year(year)
        .profile(profile)
        .addAllDecisions(decisions(year, seeds))
        .forumsWanted(forums)
        .startTime(start);
    if (partnership) {
      request.base(SampleYears.keskiSuomiWithPartnership(year - 1));
    }
    return request.build();
  }

  /** "Now" for checking a plan: before anything in it is due, announcements of early January forums included. */
  private static Instant beforeThePlan(int year) {
    return HelsinkiTime.instant(LocalDate.of(year - 1, 10, 1).atStartOfDay());
  }

  private static void assertCompliant(PlanningRequest request, PlannedYear plan) {
    ImmutableList<Finding> violations = PolicyCheck.standard()
        .check(plan.year(), request.profile(), beforeThePlan(request.year()))
        .withSeverity(Severity.VIOLATION);
    assertEquals(ImmutableList.of(), violations,
        () -> violations.stream().map(finding -> finding.message(Locale.ENGLISH)).collect(Collectors.joining("\n")));
    request.forumsWanted().ifPresent(wanted -> assertEquals(wanted, plan.year().events().size()));
    LocalDate previous = null;
    for (PlannedForum forum : plan.forums()) {
      LocalDate day = forum.schedule().day();
      assertTrue(request.preferredWeekdays().contains(day.getDayOfWeek()), day::toString);
      assertFalse(FinnishHolidays.withEves().isDayOff(day), day::toString);
      assertTrue(request.blockedPeriods().stream().noneMatch(period -> period.contains(day)), day::toString);
      if (previous != null) {
        long gap = ChronoUnit.DAYS.between(previous, day);
        assertTrue(gap >= request.minDaysBetweenForums() && gap <= request.profile().maxDaysBetweenForums(),
            previous + " → " + day);
      }
      previous = day;
      LocalDate workDone = forum.schedule().memoDeliveredAt().toLocalDate();
      assertTrue(request.blockedPeriods().stream()
          .noneMatch(period -> period.includesFollowUpWork() && period.overlaps(day, workDone)), forum::toString);
      forum.deadlines().forEach(deadline -> assertTrue(deadline.slackDays() >= 0, deadline::toString));
      assertFalse(forum.themeIds().isEmpty(), forum::toString);
    }
    for (String theme : request.themes().stream().map(t -> t.id()).collect(Collectors.toList())) {
      assertTrue(plan.forums().stream().anyMatch(forum -> forum.themeIds().contains(theme)), theme + " is placed");
    }
  }

  private static void assertExplained(PlanningResult result) {
    assertFalse(result.conflicts().isEmpty());
    for (PlanningConflict conflict : result.conflicts()) {
      for (Locale language : LANGUAGES) {
        String message = conflict.message(language);
        assertFalse(message.contains("{"), () -> "every fact filled in: " + message);
      }
      if (conflict.kind() == ConflictKind.DECISION_TOO_EARLY) {
        assertTrue(Integer.parseInt(conflict.facts().get("short")) > 0, conflict::toString);
      }
      if (conflict.kind() == ConflictKind.NO_SEQUENCE || conflict.kind() == ConflictKind.GAP_TOO_LONG) {
        assertTrue(Integer.parseInt(conflict.facts().get("excess")) > 0, conflict::toString);
      }
      if (conflict.kind() == ConflictKind.YEAR_EDGE) {
        assertTrue(Integer.parseInt(conflict.facts().get("days")) > 0, conflict::toString);
      }
      if (conflict.kind() == ConflictKind.NOT_ENOUGH_SLOTS) {
        assertTrue(Integer.parseInt(conflict.facts().get("slots")) < Integer.parseInt(conflict.facts().get("wanted")));
      }
    }
  }

  @Test
  void decisionsFromMarchOnAlwaysGetACompliantPlan() {
    qt().withExamples(EXAMPLES)
        .forAll(ForumGenerators.years().zip(calendars(59, 364 + 180), integers().between(3, 6),
            ForumGenerators.startTimes(), booleans().all(), (year, seeds, forums, start, partnership) -> {
              // Three stands for the default: the fewest that fit (three cannot always keep the summer break).
              PlanningRequest request = request(year, seeds, forums, start, partnership);
              return forums == 3 ? ImmutablePlanningRequest.copyOf(request).withForumsWanted(OptionalInt.empty()) : request;
            }))
        .checkAssert(request -> {
          PlanningResult result = planner.plan(request);
          assertTrue(result.isFeasible(), () -> result.explanation(Locale.ENGLISH));
          assertCompliant(request, result.plan().orElseThrow());
        });
  }

  /** Years from before the profile to the end of the century; too many forums, some with a reason. */
  @Test
  void anyCalendarGetsACompliantPlanOrAnExplanation() {
    qt().withExamples(EXAMPLES)
        .forAll(integers().between(2020, 2100).zip(calendars(-60, 400), integers().between(2, 9), integers().between(7, 90),
            integers().between(0, 200), (year, seeds, forums, minGap, blockedDays) ->
                ImmutablePlanningRequest.copyOf(request(year, seeds, forums, LocalTime.of(13, 0), false))
                    .withMinDaysBetweenForums(minGap)
                    .withAdditionalForumsReason(forums % 2 == 0 ? Optional.of("Sote-palvelujen uudistus") : Optional.empty())
                    .withBlockedPeriods(ImmutableList.of(
                        BlockedPeriod.of(LocalDate.of(year, 6, 1), LocalDate.of(year, 6, 1).plusDays(blockedDays), "tauko")))))
        .checkAssert(request -> {
          PlanningResult result = planner.plan(request);
          if (result.isFeasible()) {
            assertCompliant(request, result.plan().orElseThrow());
          } else {
            assertExplained(result);
          }
        });
  }

  @Test
  void theSameRequestGivesTheSamePlanWhateverTheOrderOfTheCalendar() {
    qt().withExamples(EXAMPLES)
        .forAll(ForumGenerators.years(), calendars(-30, 400), integers().between(3, 6))
        .checkAssert((year, seeds, forums) -> {
          PlanningRequest request = request(year, seeds, forums, LocalTime.of(13, 0), false);
          PlanningRequest reversed = ImmutablePlanningRequest.copyOf(request)
              .withDecisions(request.decisions().reverse());
          PlanningResult result = planner.plan(request);
          assertEquals(result, planner.plan(request));
          assertEquals(result, planner.plan(reversed));
          result.plan().ifPresent(plan -> assertEquals(
              plan.year().events().stream().map(ForumEvent::start).sorted().collect(Collectors.toList()),
              plan.year().events().stream().map(ForumEvent::start).collect(Collectors.toList())));
        });
  }

  /** Re-planning a planned year from any day keeps what is held or announced, and the result complies or is explained. */
  @Test
  void aReplannedYearKeepsWhatIsHeldOrAnnouncedAndComplies() {
    qt().withExamples(EXAMPLES / 2)
        .forAll(ForumGenerators.years(), calendars(59, 364), integers().between(4, 6), integers().between(0, 364))
        .checkAssert((year, seeds, forums, fromDay) -> {
          PlanningRequest first = request(year, seeds, forums, LocalTime.of(13, 0), false);
          PlanningResult planned = planner.plan(first);
          if (!planned.isFeasible()) {
            return;
          }
          ForumYear base = planned.plan().orElseThrow().year();
          LocalDate from = LocalDate.of(year, 1, 1).plusDays(fromDay);
          PlanningRequest again = ImmutablePlanningRequest.copyOf(first).withBase(base).withReplanFrom(from);
          PlanningResult result = planner.plan(again);
          if (!result.isFeasible()) {
            assertExplained(result);
            return;
          }
          ForumYear replanned = result.plan().orElseThrow().year();
          List<ForumEvent> kept = base.events().stream()
              .filter(event -> event.start().toLocalDate().isBefore(from)
                  || event.announcements().stream().anyMatch(announcement -> announcement.announcedAt().toLocalDate().isBefore(from)))
              .collect(Collectors.toList());
          kept.forEach(event -> assertTrue(replanned.events().contains(event), event::toString));
          // As many as wanted, or one more when the kept forums leave the year's end open.
          assertTrue(replanned.events().size() == forums || replanned.events().size() == kept.size() + 1, replanned::toString);
          ImmutableList<Finding> violations = PolicyCheck.standard().check(replanned, again.profile(), beforeThePlan(year))
              .withSeverity(Severity.VIOLATION);
          assertEquals(ImmutableList.of(), violations, () -> violations.stream().map(finding -> finding.message(Locale.ENGLISH))
              .collect(Collectors.joining("\n")));
        });
  }

  /** The conflicts about the days themselves, which the brute force below can confirm. */
  private static final Set<ConflictKind> ABOUT_THE_DAYS = EnumSet.of(ConflictKind.DECISION_TOO_EARLY,
      ConflictKind.NOT_ENOUGH_SLOTS, ConflictKind.GAP_TOO_LONG, ConflictKind.YEAR_EDGE, ConflictKind.NO_SEQUENCE);

  /**
   * Small calendars (forums on one weekday, a blocked period, a few decisions, a least distance of
   * one to ten weeks): the planner finds days exactly when trying every choice of days finds some.
   */
  @Test
  void aCalendarIsInfeasibleExactlyWhenNoChoiceOfDaysFits() {
    qt().withExamples(EXAMPLES)
        .forAll(ForumGenerators.years().zip(calendars(-30, 364), integers().between(3, 4), integers().between(7, 70),
            integers().between(0, 4).zip(integers().between(0, 364), integers().between(0, 120),
                (weekday, blockedFrom, blockedDays) -> new int[] {weekday, blockedFrom, blockedDays}),
            (year, seeds, forums, minGap, week) -> {
              LocalDate blockedFrom = LocalDate.of(year, 1, 1).plusDays(week[1]);
              return ImmutablePlanningRequest.copyOf(request(year, seeds, forums, LocalTime.of(13, 0), false))
                  .withMinDaysBetweenForums(minGap)
                  .withPreferredWeekdays(ImmutableSet.of(DayOfWeek.MONDAY.plus(week[0])))
                  .withBlockedPeriods(ImmutableList.of(
                      ImmutableBlockedPeriod.of(blockedFrom, blockedFrom.plusDays(week[2]), "tauko").withIncludesFollowUpWork(week[0] % 2 == 0)));
            }))
        .checkAssert(request -> {
          PlanningResult result = planner.plan(request);
          assertTrue(ABOUT_THE_DAYS.containsAll(kinds(result)), result::toString);
          if (!result.isFeasible()) {
            assertExplained(result);
          }
          assertEquals(someDaysFit(request), result.isFeasible(), () -> result.explanation(Locale.ENGLISH));
        });
  }

  private static Set<ConflictKind> kinds(PlanningResult result) {
    return result.conflicts().stream().map(PlanningConflict::kind).collect(Collectors.toSet());
  }

  /**
   * Whether some days fit, by trying every sequence: forum days on the weekdays, off holidays and
   * blocked periods (with the follow-up work where the period includes it), at least the least and
   * at most the longest gap apart, near enough both ends of the year, and for every theme a forum
   * whose memo reaches each of its decisions in time.
   */
  private static boolean someDaysFit(PlanningRequest request) {
    Scheduler scheduler = new Scheduler(request, new WorkingDays(FinnishHolidays.of(request.evesAreDaysOff())));
    LocalDate start = LocalDate.of(request.year(), 1, 1);
    LocalDate end = LocalDate.of(request.year(), 12, 31);
    List<LocalDate> days = start.datesUntil(end.plusDays(1))
        .filter(day -> request.preferredWeekdays().contains(day.getDayOfWeek()) && !FinnishHolidays.withEves().isDayOff(day))
        .filter(day -> request.blockedPeriods().stream().noneMatch(period -> period.contains(day) || period.includesFollowUpWork()
            && period.overlaps(day, scheduler.on(day).memoDeliveredAt().toLocalDate())))
        .collect(Collectors.toList());
    List<LocalDate> deliverBy = request.themes().stream().filter(theme -> !theme.decisionIds().isEmpty())
        .map(theme -> theme.decisionIds().stream().map(id -> request.decisions().stream()
                .filter(decision -> decision.id().equals(id)).findFirst().orElseThrow().date())
            .min(Comparator.naturalOrder()).orElseThrow().minusDays(request.decisionMarginDays()))
        .collect(Collectors.toList());
    return fitsFrom(days, new ArrayList<>(), request, scheduler, deliverBy, start, end);
  }

  private static boolean fitsFrom(List<LocalDate> days, List<LocalDate> chosen, PlanningRequest request, Scheduler scheduler,
      List<LocalDate> deliverBy, LocalDate start, LocalDate end) {
    int maxGap = request.profile().maxDaysBetweenForums();
    int edge = DatePicker.edge(maxGap);
    if (chosen.size() == request.forumsWanted().orElseThrow()) {
      LocalDate last = chosen.get(chosen.size() - 1);
      return !last.isBefore(end.minusDays(edge)) && deliverBy.stream().allMatch(due -> chosen.stream()
          .anyMatch(day -> !scheduler.on(day).memoDeliveredAt().toLocalDate().isAfter(due)));
    }
    for (LocalDate day : days) {
      boolean fits = chosen.isEmpty() ? !day.isAfter(start.plusDays(edge)) : isGap(chosen.get(chosen.size() - 1), day, request);
      if (fits) {
        chosen.add(day);
        boolean found = fitsFrom(days, chosen, request, scheduler, deliverBy, start, end);
        chosen.remove(chosen.size() - 1);
        if (found) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isGap(LocalDate previous, LocalDate next, PlanningRequest request) {
    long gap = ChronoUnit.DAYS.between(previous, next);
    return gap >= request.minDaysBetweenForums() && gap <= request.profile().maxDaysBetweenForums();
  }
}
