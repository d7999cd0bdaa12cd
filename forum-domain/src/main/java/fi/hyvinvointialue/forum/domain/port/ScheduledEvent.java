package fi.hyvinvointialue.forum.domain.port;

import fi.hyvinvointialue.forum.domain.EventKind;
import fi.hyvinvointialue.forum.domain.EventStatus;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.ForumStyle;
import fi.hyvinvointialue.forum.domain.HelsinkiTime;
import fi.hyvinvointialue.forum.domain.YearKey;
import java.time.Instant;
import java.time.LocalDateTime;
import org.immutables.value.Value;

/**
 * One event of a county's current version, as read across counties (the next forums of every county)
 * without loading whole years: what storage keeps beside the documents, current on every save.
 */
@Value.Immutable
@ForumStyle
public interface ScheduledEvent {
  YearKey year();

  String eventId();

  EventKind kind();

  EventStatus status();

  String title();

  /** Helsinki wall-clock time. */
  LocalDateTime start();

  /** Helsinki wall-clock time. */
  LocalDateTime end();

  @Value.Derived
  default Instant startInstant() {
    return HelsinkiTime.instant(start());
  }

  @Value.Derived
  default Instant endInstant() {
    return HelsinkiTime.instant(end());
  }

  static ScheduledEvent of(YearKey year, ForumEvent event) {
    return ImmutableScheduledEvent.builder().year(year).eventId(event.id()).kind(event.kind()).status(event.status())
        .title(event.title()).start(event.start()).end(event.end()).build();
  }
}
