package fi.hyvinvointialue.forum.domain;

import java.util.Optional;
import org.immutables.value.Value;

/** The place to attend on site (TL-4.5). */
@Value.Immutable
@ForumStyle
public interface Venue {
  String name();

  Optional<String> address();

  Optional<String> municipality();

  @Value.Check
  default void check() {
    Checks.notBlank(name(), "venue.name");
  }
}
