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

  /**
   * A placeholder to be confirmed ("Paikka vahvistetaan"), not yet a place to go to: feeds leave it
   * out and the check notes it.
   */
  @Value.Default
  default boolean placeholder() {
    return false;
  }

  @Value.Check
  default void check() {
    Checks.notBlank(name(), "venue.name");
  }
}
