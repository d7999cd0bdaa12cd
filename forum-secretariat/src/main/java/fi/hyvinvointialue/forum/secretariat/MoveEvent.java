package fi.hyvinvointialue.forum.secretariat;

import fi.hyvinvointialue.forum.domain.ForumStyle;
import fi.hyvinvointialue.forum.domain.RemoteConnection;
import fi.hyvinvointialue.forum.domain.Venue;
import java.time.LocalDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/** Move an event to another time in the same year, and to another place if given. */
@Value.Immutable
@ForumStyle
public interface MoveEvent extends EventRequest {
  LocalDateTime start();

  LocalDateTime end();

  /** The new venue; empty keeps the old one. */
  Optional<Venue> venue();

  /** The new remote connection; empty keeps the old one. */
  Optional<RemoteConnection> remoteConnection();
}
