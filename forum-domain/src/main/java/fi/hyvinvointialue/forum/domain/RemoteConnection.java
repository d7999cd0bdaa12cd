package fi.hyvinvointialue.forum.domain;

import java.net.URI;
import java.util.Optional;
import org.immutables.value.Value;

/** The link for attending remotely (TL-4.5). */
@Value.Immutable
@ForumStyle
public interface RemoteConnection {
  URI uri();

  /** The service's name (Teams, Zoom, ...), shown to people choosing how to attend. */
  Optional<String> platform();
}
