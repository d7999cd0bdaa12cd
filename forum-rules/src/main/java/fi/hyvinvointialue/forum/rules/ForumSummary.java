package fi.hyvinvointialue.forum.rules;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.EventKind;
import fi.hyvinvointialue.forum.domain.EventStatus;
import fi.hyvinvointialue.forum.domain.ForumStyle;
import java.time.LocalDateTime;
import org.immutables.value.Value;

/** One event of a {@link YearReport}: what it was, when, whether it was held, and the themes it took up. */
@Value.Immutable
@ForumStyle
public interface ForumSummary {
  String eventId();

  EventKind kind();

  String title();

  /** Helsinki wall-clock time. */
  LocalDateTime start();

  EventStatus status();

  /** The clock themes its agenda took up, by id, sorted. */
  ImmutableList<String> themeIds();

  /** How many findings are about this event, its items or its memo. */
  int findings();
}
