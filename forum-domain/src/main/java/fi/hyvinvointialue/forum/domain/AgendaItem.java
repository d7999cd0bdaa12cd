package fi.hyvinvointialue.forum.domain;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.immutables.value.Value;

/** One item on an event's agenda. */
@Value.Immutable
@ForumStyle
public interface AgendaItem {
  String id();

  /** The title in Finnish, the record's own language. */
  String title();

  /** The title in Swedish and English, for a county that publishes in them. */
  Optional<Translations> titleTranslations();

  @Value.Default
  default TopicKind topic() {
    return TopicKind.GENERAL;
  }

  Optional<Person> presenter();

  /** The strategic goals the item serves (TL-2.4). */
  ImmutableSet<StrategicGoal> strategicGoals();

  /** The annual-clock theme the item is prepared under (TL-3.2). */
  Optional<String> themeId();

  /** Its path into decision-making (TL-4.9). */
  Optional<DecisionPath> decisionPath();

  @Value.Check
  default void check() {
    Checks.notBlank(id(), "agendaItem.id");
    Checks.notBlank(title(), "agendaItem[" + id() + "].title");
  }
}
