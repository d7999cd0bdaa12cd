package fi.hyvinvointialue.forum.planning;

import fi.hyvinvointialue.forum.domain.ForumStyle;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import org.immutables.value.Value;

/**
 * Days no forum is held on, both ends inclusive: the summer holidays, say. A period that
 * {@linkplain #includesFollowUpWork() includes the follow-up work} also keeps out every forum whose
 * feedback window, recording, memo drafting, review or delivery would run into it.
 */
@Value.Immutable
@ForumStyle
public interface BlockedPeriod {
  @Value.Parameter
  LocalDate from();

  @Value.Parameter
  LocalDate until();

  /** Why, in words, shown in explanations: "kesäloma". */
  @Value.Parameter
  String reason();

  /** Whether no forum's work after the forum (feedback, recording, memo) may fall in the period either. */
  @Value.Default
  default boolean includesFollowUpWork() {
    return false;
  }

  static BlockedPeriod of(LocalDate from, LocalDate until, String reason) {
    return ImmutableBlockedPeriod.of(from, until, reason);
  }

  /**
   * The Finnish summer break: from the Monday of the week of Midsummer Eve through 15 August, when
   * most offices and businesses are on their summer holidays and nobody reads a memo or comments on
   * a forum. It includes the follow-up work.
   */
  static BlockedPeriod summerBreak(int year) {
    LocalDate midsummerEve = FinnishHolidays.officialOnly().inYear(year).get(Holiday.MIDSUMMER_DAY).minusDays(1);
    return ImmutableBlockedPeriod.of(midsummerEve.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
        LocalDate.of(year, Month.AUGUST, 15), "kesätauko").withIncludesFollowUpWork(true);
  }

  default boolean contains(LocalDate day) {
    return !day.isBefore(from()) && !day.isAfter(until());
  }

  /** Whether the period has a day in common with the days from {@code first} through {@code last}. */
  default boolean overlaps(LocalDate first, LocalDate last) {
    return !last.isBefore(from()) && !first.isAfter(until());
  }

  @Value.Check
  default void check() {
    if (until().isBefore(from())) {
      throw new IllegalStateException(
          "blockedPeriod[" + reason() + "].until (" + until() + ") must not be before from (" + from() + ")");
    }
    if (reason().isBlank()) {
      throw new IllegalStateException("blockedPeriod[" + from() + "].reason must not be blank");
    }
  }
}
