package fi.hyvinvointialue.forum.domain.testing;

import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.AnnualClock;
import fi.hyvinvointialue.forum.domain.ClockTheme;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.ImmutableForumYear;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;

/** The shared QuickTheories generators of the model, all built on {@link SampleYears}. */
public final class ForumGenerators {
  /** A forum comes at least this long before the decision its theme feeds, so its memo can reach the deciders. */
  private static final int DAYS_BEFORE_DECISION = 30;

  private ForumGenerators() {}

  public static Gen<Integer> years() {
    return integers().between(2026, 2040);
  }

  /** Times of day a forum may start at, on the quarter hour between 8:00 and 17:00. */
  public static Gen<LocalTime> startTimes() {
    return integers().between(32, 68).map(quarter -> LocalTime.of(quarter / 4, quarter % 4 * 15));
  }

  /**
   * Compliant Keski-Suomi years: {@code count} open forums spread over January–November at
   * generated times (so some sit next to daylight-saving changes), each with its full record.
   */
  public static Gen<ForumYear> compliantYears() {
    return years().zip(integers().between(3, 6), integers().between(0, 20), startTimes(), ForumGenerators::compliantYear);
  }

  /**
   * A compliant year of {@code forums} open forums from 20 January (plus {@code dayShift} days), evenly
   * spaced, each on a theme of {@link SampleYears#clock(int)} whose decision is still at least a month ahead.
   */
  public static ForumYear compliantYear(int year, int forums, int dayShift, LocalTime time) {
    ForumYear base = SampleYears.keskiSuomi(year);
    AnnualClock clock = base.clock().orElseThrow();
    ImmutableList.Builder<ForumEvent> events = ImmutableList.builder();
    LocalDate first = LocalDate.of(year, 1, 20).plusDays(dayShift);
    int spacing = 300 / forums;
    Set<ClockTheme> notYetTakenUp = new HashSet<>(clock.themes());
    for (int i = 0; i < forums; i++) {
      LocalDateTime start = first.plusDays((long) i * spacing).atTime(time);
      List<ClockTheme> ahead = themesDecidedAfter(clock, start.toLocalDate().plusDays(DAYS_BEFORE_DECISION));
      ClockTheme theme = ahead.get(i % ahead.size());
      // The second item takes up the theme decided soonest that no forum has taken up yet, so the forums
      // cover every theme of the clock before its decision.
      ClockTheme update = ahead.stream().filter(notYetTakenUp::contains).filter(other -> !other.equals(theme))
          .findFirst().orElse(theme);
      notYetTakenUp.remove(theme);
      notYetTakenUp.remove(update);
      events.add(SampleYears.openForum("foorumi-" + year + "-" + (i + 1), start, theme.id(), theme.decisionIds().get(0),
          update.id()));
    }
    return ImmutableForumYear.copyOf(base)
        .withEvents(events.build())
        .withCommunicationPlan(SampleYears.communicationPlan(year,
            events.build().stream().map(ForumEvent::id).toArray(String[]::new)));
  }

  /** The clock's themes whose (first) decision is on or after the day, by decision date. */
  private static List<ClockTheme> themesDecidedAfter(AnnualClock clock, LocalDate day) {
    return clock.themes().stream()
        .filter(theme -> !decisionDate(clock, theme).isBefore(day))
        .sorted(Comparator.comparing((ClockTheme theme) -> decisionDate(clock, theme)).thenComparing(ClockTheme::id))
        .collect(Collectors.toList());
  }

  private static LocalDate decisionDate(AnnualClock clock, ClockTheme theme) {
    return clock.decision(theme.decisionIds().get(0)).orElseThrow().date();
  }
}
