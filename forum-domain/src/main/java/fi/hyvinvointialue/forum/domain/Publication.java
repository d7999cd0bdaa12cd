package fi.hyvinvointialue.forum.domain;

import java.net.URI;
import java.time.LocalDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/** One material put out in one channel at a Helsinki time, planned or done (TL-4.1). */
@Value.Immutable
@ForumStyle
public interface Publication {
  MaterialKind material();

  Channel channel();

  LocalDateTime publishedAt();

  Optional<URI> uri();
}
