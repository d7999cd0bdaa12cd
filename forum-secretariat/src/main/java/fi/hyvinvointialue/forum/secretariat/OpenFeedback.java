package fi.hyvinvointialue.forum.secretariat;

import fi.hyvinvointialue.forum.domain.ForumStyle;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/** Open the event's electronic feedback window (TL-4.6); comments already taken in are kept. */
@Value.Immutable
@ForumStyle
public interface OpenFeedback extends EventRequest {
  /** Empty means at the event's end, as TL-4.6 asks. */
  Optional<LocalDateTime> opensAt();

  /** Empty means the profile's minimum number of calendar days after it opens. */
  Optional<LocalDateTime> closesAt();

  Optional<URI> uri();
}
