package fi.hyvinvointialue.forum.domain;

import java.util.Optional;
import org.immutables.value.Value;

/** Someone planned or recorded to take part in an event; a plan may give only the role and a head count. */
@Value.Immutable
@ForumStyle
public interface Participant {
  ParticipantRole role();

  Optional<Person> person();

  /** How many people this line stands for; a plan may say "two elected officials". */
  @Value.Default
  default int count() {
    return 1;
  }

  @Value.Check
  default void check() {
    if (count() < 1) {
      throw new IllegalStateException("participant.count must be at least 1, was " + count());
    }
  }
}
