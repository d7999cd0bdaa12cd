package fi.hyvinvointialue.forum.planning;

import fi.hyvinvointialue.forum.domain.ForumStyle;
import fi.hyvinvointialue.forum.domain.profile.PolicyCalendar;
import java.time.LocalDate;
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
  static BlockedPeriod summerBreak(PolicyCalendar calendar, int year) {
    return ImmutableBlockedPeriod.of(calendar.summerBreakFrom(year), calendar.summerBreakUntil(year), "kesätauko")
        .withIncludesFollowUpWork(true);
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
