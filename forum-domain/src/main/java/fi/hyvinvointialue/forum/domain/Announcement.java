package fi.hyvinvointialue.forum.domain;

import java.net.URI;
import java.time.LocalDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/** The event's date made known in one channel (TL-4.3, TL-5.1). */
@Value.Immutable
@ForumStyle
public interface Announcement {
  Channel channel();

  LocalDateTime announcedAt();

  Optional<URI> uri();
}
