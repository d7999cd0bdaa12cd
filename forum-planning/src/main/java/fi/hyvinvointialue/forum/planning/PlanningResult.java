package fi.hyvinvointialue.forum.planning;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.ForumStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/** Either a plan, or the conflicts that leave none: never a partial plan. */
@Value.Immutable
@ForumStyle
public interface PlanningResult {
  Optional<PlannedYear> plan();

  /** Why there is no plan; empty exactly when there is one. */
  ImmutableList<PlanningConflict> conflicts();

  static PlanningResult of(PlannedYear plan) {
    return ImmutablePlanningResult.builder().plan(plan).build();
  }

  static PlanningResult infeasible(Iterable<PlanningConflict> conflicts) {
    return ImmutablePlanningResult.builder().addAllConflicts(conflicts).build();
  }

  default boolean isFeasible() {
    return plan().isPresent();
  }

  /** The conflicts' messages, one a line, in the language asked for. */
  default String explanation(Locale language) {
    return conflicts().stream().map(conflict -> conflict.message(language)).collect(Collectors.joining("\n"));
  }

  @Value.Check
  default void check() {
    if (plan().isPresent() == !conflicts().isEmpty()) {
      throw new IllegalStateException("planningResult must have either a plan or conflicts, not both or neither");
    }
  }
}
