package fi.hyvinvointialue.forum.secretariat;

import fi.hyvinvointialue.forum.domain.Access;
import fi.hyvinvointialue.forum.domain.EventKind;
import fi.hyvinvointialue.forum.domain.ForumStyle;
import fi.hyvinvointialue.forum.domain.Organisation;
import fi.hyvinvointialue.forum.domain.Person;
import fi.hyvinvointialue.forum.domain.RemoteConnection;
import fi.hyvinvointialue.forum.domain.Venue;
import java.time.LocalDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/** An event as scheduled: when, where and by whom; the rest of its record comes by later steps. */
@Value.Immutable
@ForumStyle
public interface EventPlan {
  String id();

  EventKind kind();

  String title();

  /** Helsinki wall-clock time. */
  LocalDateTime start();

  LocalDateTime end();

  @Value.Default
  default Access access() {
    return Access.OPEN_TO_REGIONAL_PROVIDERS;
  }

  Optional<Venue> venue();

  Optional<RemoteConnection> remoteConnection();

  Optional<Organisation> convener();

  Optional<Person> chair();

  Optional<Person> secretary();

  /** Why the event is needed beyond the year's regular forums (TL-4.4). */
  Optional<String> additionalReason();
}
