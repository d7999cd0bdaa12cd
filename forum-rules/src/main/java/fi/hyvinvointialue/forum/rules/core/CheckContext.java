package fi.hyvinvointialue.forum.rules.core;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.ForumStyle;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.HelsinkiTime;
import fi.hyvinvointialue.forum.domain.profile.PolicyCalendar;
import fi.hyvinvointialue.forum.domain.profile.PolicyProfile;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/** What a rule looks at: the year, the profile in force, and "now" as a value, never the system clock. */
@Value.Immutable
@ForumStyle
public interface CheckContext {
  @Value.Parameter
  ForumYear year();

  @Value.Parameter
  PolicyProfile profile();

  @Value.Parameter
  Instant now();

  static CheckContext of(ForumYear year, PolicyProfile profile, Instant now) {
    return ImmutableCheckContext.of(year, profile, now);
  }

  /** "Now" on a Helsinki wall clock, computed once per check. */
  @Value.Lazy
  default LocalDateTime helsinkiNow() {
    return HelsinkiTime.wallTime(now());
  }

  /** The year's open forums held or planned, in chronological order, computed once per check. */
  @Value.Lazy
  default ImmutableList<ForumEvent> activeForums() {
    return ImmutableList.copyOf(Events.activeForums(year()));
  }

  /** Whether something due at a Helsinki time is already due: before then a plan cannot be late. */
  default boolean isDue(LocalDateTime due) {
    return !helsinkiNow().isBefore(due);
  }

  /** Whether the event is over: only then can its record (feedback, recording, memo) be asked for. */
  default boolean hasEnded(ForumEvent event) {
    return isDue(event.end());
  }

  /** The profile's calendar of deadlines, made once per check: every date the rules derive from a period. */
  @Value.Lazy
  default PolicyCalendar calendar() {
    return PolicyCalendar.of(profile());
  }

  /**
   * How late a part of an event's record (its recording, its memo) is when it was due by the end of
   * {@code due} and is still missing: not at all before then, a warning while the event's calendar year
   * lasts, a violation once it is over (INTERPRETATIONS.md, I-5).
   */
  default Optional<Severity> overdue(ForumEvent event, LocalDate due) {
    if (!isDue(due.plusDays(1).atStartOfDay())) {
      return Optional.empty();
    }
    boolean yearOver = isDue(LocalDate.of(event.start().getYear() + 1, 1, 1).atStartOfDay());
    return Optional.of(yearOver ? Severity.VIOLATION : Severity.WARNING);
  }
}
