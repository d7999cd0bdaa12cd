package fi.hyvinvointialue.forum.domain;

import java.net.URI;
import java.time.LocalDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/** The event's recording and when it is (to be) on the website (TL-4.7). */
@Value.Immutable
@ForumStyle
public interface Recording {
  Optional<LocalDateTime> publishedAt();

  /** When it is (to be) taken down; empty means it stays up. */
  Optional<LocalDateTime> removedAt();

  Optional<URI> uri();

  /** Captions or a text alternative are provided. */
  @Value.Default
  default boolean accessible() {
    return false;
  }

  @Value.Check
  default void check() {
    if (publishedAt().isPresent() && removedAt().isPresent()) {
      Checks.after(removedAt().get(), publishedAt().get(), "recording.removedAt", "recording.publishedAt");
    }
  }
}
