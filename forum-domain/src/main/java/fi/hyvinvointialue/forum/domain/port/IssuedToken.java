package fi.hyvinvointialue.forum.domain.port;

import fi.hyvinvointialue.forum.domain.ForumStyle;
import org.immutables.value.Value;

/** A token just created: the only time its whole {@code id.secret} form exists outside its holder. */
@Value.Immutable
@ForumStyle
public interface IssuedToken {
  ApiToken token();

  /** {@code id.secret}, to be shown once and handed to the holder; not kept anywhere. */
  @Value.Redacted
  String bearer();
}
