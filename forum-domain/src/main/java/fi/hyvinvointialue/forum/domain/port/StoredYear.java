package fi.hyvinvointialue.forum.domain.port;

import fi.hyvinvointialue.forum.domain.ForumStyle;
import fi.hyvinvointialue.forum.domain.ForumYear;
import org.immutables.value.Value;

/** A forum year as stored, with the version a later save must name to replace it. */
@Value.Immutable
@ForumStyle
public interface StoredYear {
  @Value.Parameter
  ForumYear year();

  @Value.Parameter
  long version();

  static StoredYear of(ForumYear year, long version) {
    return ImmutableStoredYear.of(year, version);
  }
}
