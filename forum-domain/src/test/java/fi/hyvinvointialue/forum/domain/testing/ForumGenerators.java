package fi.hyvinvointialue.forum.domain.testing;

import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.ImmutableForumYear;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.quicktheories.core.Gen;

/** The shared QuickTheories generators of the model, all built on {@link SampleYears}. */
public final class ForumGenerators {
  private static final List<String> THEMES =
      List.of(SampleYears.STRATEGY, SampleYears.WELFARE, SampleYears.BUDGET, SampleYears.PROCUREMENT, SampleYears.VOUCHERS);
  private static final List<String> DECISIONS =
      List.of("strategia-paatos", "hyvinvointi-paatos", "talousarvio-paatos", "hankinta-paatos", "saantokirja-paatos");

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

  public static ForumYear compliantYear(int year, int forums, int dayShift, LocalTime time) {
    ForumYear base = SampleYears.keskiSuomi(year);
    ImmutableList.Builder<ForumEvent> events = ImmutableList.builder();
    LocalDate first = LocalDate.of(year, 1, 20).plusDays(dayShift);
    int spacing = 300 / forums;
    for (int i = 0; i < forums; i++) {
      LocalDateTime start = first.plusDays((long) i * spacing).atTime(time);
      events.add(SampleYears.openForum("foorumi-" + year + "-" + (i + 1), start, THEMES.get(i % THEMES.size()),
          DECISIONS.get(i % DECISIONS.size())));
    }
    return ImmutableForumYear.copyOf(base)
        .withEvents(events.build())
        .withCommunicationPlan(SampleYears.communicationPlan(year,
            events.build().stream().map(ForumEvent::id).toArray(String[]::new)));
  }
}
