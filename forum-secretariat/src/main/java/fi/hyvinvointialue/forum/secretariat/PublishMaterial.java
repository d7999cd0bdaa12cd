package fi.hyvinvointialue.forum.secretariat;

import fi.hyvinvointialue.forum.domain.Channel;
import fi.hyvinvointialue.forum.domain.ForumStyle;
import fi.hyvinvointialue.forum.domain.MaterialKind;
import java.net.URI;
import java.util.Optional;
import org.immutables.value.Value;

/** Record that a material (content, agenda, background) of the event was published now (TL-4.1). */
@Value.Immutable
@ForumStyle
public interface PublishMaterial extends EventRequest {
  MaterialKind material();

  /** Where it was published; empty means the profile's publication channel. */
  Optional<Channel> channel();

  Optional<URI> uri();
}
