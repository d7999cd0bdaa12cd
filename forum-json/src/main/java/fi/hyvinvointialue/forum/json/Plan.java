package fi.hyvinvointialue.forum.json;

import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.profile.PolicyProfile;
import java.util.Objects;

/**
 * What a plan file holds: a county's forum year and the policy profile it is checked against.
 *
 * <p>Keski-Suomi's profiles are written as references ({@code keski-suomi}, {@code keski-suomi+KE});
 * any other profile is embedded in the file whole.
 */
public record Plan(ForumYear year, PolicyProfile profile) {
  public Plan {
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(profile, "profile");
  }
}
