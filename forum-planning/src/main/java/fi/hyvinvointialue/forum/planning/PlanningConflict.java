package fi.hyvinvointialue.forum.planning;

import com.google.common.collect.ImmutableMap;
import fi.hyvinvointialue.forum.domain.ForumStyle;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * One reason no plan fits: its kind, the clause or setting it comes from, and the computed facts
 * (dates, counts, days short), from which the message is rendered in Finnish, Swedish or English.
 */
@Value.Immutable
@ForumStyle
public interface PlanningConflict {
  ConflictKind kind();

  /** What the facts are named in the message, in the order they were computed. */
  ImmutableMap<String, String> facts();

  /** The message's key: the kind's, or the kind's and a variant after a dot. */
  @Value.Default
  default String messageKey() {
    return kind().key();
  }

  default String message(Locale language) {
    return PlanningMessages.render(messageKey(), facts(), language);
  }

  static PlanningConflict of(ConflictKind kind, ImmutableMap<String, String> facts) {
    return ImmutablePlanningConflict.builder().kind(kind).putAllFacts(facts).build();
  }

  static PlanningConflict of(ConflictKind kind, String variant, ImmutableMap<String, String> facts) {
    return ImmutablePlanningConflict.builder().kind(kind).messageKey(kind.key() + "." + variant).putAllFacts(facts).build();
  }
}
