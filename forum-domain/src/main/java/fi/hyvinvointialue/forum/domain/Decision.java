package fi.hyvinvointialue.forum.domain;

import java.time.LocalDate;
import org.immutables.value.Value;

/** A decision on the county's decision-making calendar that a forum theme feeds. */
@Value.Immutable
@ForumStyle
public interface Decision {
  String id();

  String title();

  @Value.Default
  default DecisionKind kind() {
    return DecisionKind.OTHER;
  }

  BodyKind body();

  /** The body's name, e.g. "aluevaltuusto". */
  String bodyName();

  LocalDate date();

  @Value.Check
  default void check() {
    Checks.notBlank(id(), "decision.id");
    Checks.notBlank(title(), "decision[" + id() + "].title");
  }
}
