package fi.hyvinvointialue.forum.secretariat;

import fi.hyvinvointialue.forum.domain.ForumStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Take in a comment through the open feedback window; the comment's id is the request id. */
@Value.Immutable
@ForumStyle
public interface TakeComment extends EventRequest {
  String text();

  /** Personal data: purged after the profile's retention period. */
  Optional<String> author();
}
