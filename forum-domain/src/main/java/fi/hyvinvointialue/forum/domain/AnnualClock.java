package fi.hyvinvointialue.forum.domain;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/** The year's vuosikello: themes tied to the decisions they feed (TL-3.2). */
@Value.Immutable
@ForumStyle
public interface AnnualClock {
  int year();

  ImmutableList<ClockTheme> themes();

  ImmutableList<Decision> decisions();

  default Optional<ClockTheme> theme(String id) {
    return themes().stream().filter(theme -> theme.id().equals(id)).findFirst();
  }

  default Optional<Decision> decision(String id) {
    return decisions().stream().filter(decision -> decision.id().equals(id)).findFirst();
  }

  @Value.Check
  default void check() {
    Checks.uniqueIds(themes(), ClockTheme::id, "clock.themes");
    Checks.uniqueIds(decisions(), Decision::id, "clock.decisions");
    Set<String> decisions = decisions().stream().map(Decision::id).collect(Collectors.toSet());
    themes().forEach(
        theme ->
            theme.decisionIds().forEach(
                id -> Checks.references(decisions, id, "clock.themes[" + theme.id() + "].decisionIds")));
  }
}
