package fi.hyvinvointialue.forum.json;

import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.profile.PolicyProfile;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * What a plan file holds: a county's forum year, the policy profile it is checked against, and the
 * stored version it was edited from, if any ({@code baseVersion}: what {@code forum export} writes, so
 * that storing the edited file can tell whether someone else stored the year in between).
 *
 * <p>Keski-Suomi's profiles are written as references ({@code keski-suomi}, {@code keski-suomi+KE});
 * any other profile is embedded in the file whole.
 */
public record Plan(ForumYear year, PolicyProfile profile, OptionalLong baseVersion) {
  public Plan {
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(baseVersion, "baseVersion");
    if (baseVersion.isPresent() && baseVersion.getAsLong() < 1) {
      throw new IllegalArgumentException("baseVersion must be at least 1, was " + baseVersion.getAsLong());
    }
  }

  /** A plan not based on a stored version: storing it can only create a year. */
  public Plan(ForumYear year, PolicyProfile profile) {
    this(year, profile, OptionalLong.empty());
  }

  /** The same plan as based on stored version {@code version}. */
  public Plan basedOn(long version) {
    return new Plan(year, profile, OptionalLong.of(version));
  }
}
