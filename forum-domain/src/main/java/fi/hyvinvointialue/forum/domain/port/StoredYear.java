package fi.hyvinvointialue.forum.domain.port;

import fi.hyvinvointialue.forum.domain.ForumStyle;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.profile.PolicyProfile;
import org.immutables.value.Value;

/**
 * A version of a forum year as stored: the year, the profile it is checked against (stored with it, so a
 * county with its own profile can be checked and published again), and the version a later save must name.
 */
@Value.Immutable
@ForumStyle
public interface StoredYear {
  @Value.Parameter
  ForumYear year();

  @Value.Parameter
  PolicyProfile profile();

  @Value.Parameter
  long version();

  static StoredYear of(ForumYear year, PolicyProfile profile, long version) {
    return ImmutableStoredYear.of(year, profile, version);
  }
}
