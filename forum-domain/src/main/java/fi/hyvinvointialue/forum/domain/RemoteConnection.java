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

  /**
   * A placeholder to be confirmed (a {@code urn:} that marks the link as missing), not yet a link
   * to join by: feeds leave it out and the check notes it.
   */
  @Value.Default
  default boolean placeholder() {
    return false;
  }
}
