package fi.hyvinvointialue.forum.domain;

import java.util.Optional;
import org.immutables.value.Value;

/** How an item goes on into the county's decision-making (TL-4.9). */
@Value.Immutable
@ForumStyle
public interface DecisionPath {
  /** The decision on the annual clock the item feeds, if it feeds one. */
  Optional<String> decisionId();

  /** In words: which body handles it next, and how. */
  String description();

  @Value.Check
  default void check() {
    Checks.notBlank(description(), "decisionPath.description");
  }
}
