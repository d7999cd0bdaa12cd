package fi.hyvinvointialue.forum.domain;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A named person. Names are personal data: only those marked {@link #publiclyNamed()} may appear in
 * public feeds and reports.
 */
@Value.Immutable
@ForumStyle
public interface Person {
  String name();

  Optional<Organisation> organisation();

  /** The person agreed to be named in public material (a presenter, say). */
  @Value.Default
  default boolean publiclyNamed() {
    return false;
  }

  @Value.Check
  default void check() {
    Checks.notBlank(name(), "person.name");
  }
}
