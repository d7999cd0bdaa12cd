package fi.hyvinvointialue.forum.secretariat;

import fi.hyvinvointialue.forum.domain.ForumStyle;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/** Publish the event's recording on the website (TL-4.7). */
@Value.Immutable
@ForumStyle
public interface PublishRecording extends EventRequest {
  /** When it is (to be) on the website; required, since TL-4.7 counts from it. */
  Optional<LocalDateTime> publishedAt();

  /** When it is (to be) taken down; empty means the profile's availability period after publication. */
  Optional<LocalDateTime> removedAt();

  Optional<URI> uri();

  /** Captions or a text alternative are provided. */
  @Value.Default
  default boolean accessible() {
    return false;
  }
}
