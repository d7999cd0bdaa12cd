package fi.hyvinvointialue.forum.secretariat;

import fi.hyvinvointialue.forum.domain.Channel;
import fi.hyvinvointialue.forum.domain.ForumStyle;
import java.net.URI;
import java.util.Optional;
import org.immutables.value.Value;

/** Record that the event's date was announced now in a channel (TL-4.3). */
@Value.Immutable
@ForumStyle
public interface AnnounceDate extends EventRequest {
  Channel channel();

  Optional<URI> uri();
}
