package fi.hyvinvointialue.forum.domain.history;

import fi.hyvinvointialue.forum.domain.ForumStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One difference between two versions of a year: where (a path of field names and record ids, such as
 * {@code events[foorumi-2026-1].agenda[a1].title}), what kind, and the values before and after as text.
 */
@Value.Immutable
@ForumStyle
public interface Difference {
  /** What happened at the path. */
  enum Kind {
    ADDED,
    REMOVED,
    CHANGED
  }

  @Value.Parameter
  String path();

  @Value.Parameter
  Kind kind();

  /** The value before, for a change or a removal. */
  @Value.Parameter
  Optional<String> before();

  /** The value after, for a change or an addition. */
  @Value.Parameter
  Optional<String> after();
}
