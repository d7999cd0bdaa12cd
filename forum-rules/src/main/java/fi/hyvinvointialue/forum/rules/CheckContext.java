package fi.hyvinvointialue.forum.rules;

import fi.hyvinvointialue.forum.domain.ForumStyle;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.HelsinkiTime;
import fi.hyvinvointialue.forum.domain.profile.PolicyProfile;
import java.time.Instant;
import java.time.LocalDateTime;
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

  /** "Now" on a Helsinki wall clock. */
  default LocalDateTime helsinkiNow() {
    return HelsinkiTime.wallTime(now());
  }

  /** Whether something due at a Helsinki time is already due: before then a plan cannot be late. */
  default boolean isDue(LocalDateTime due) {
    return !helsinkiNow().isBefore(due);
  }
}
