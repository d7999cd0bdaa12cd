package fi.hyvinvointialue.forum.domain.profile;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Optional;

/**
 * The profiles that ship with the library, by the reference a plan file, a stored year or a command
 * names them with: {@code keski-suomi} and {@code keski-suomi+KE} (the proposal's clauses adopted).
 * Any other county's profile travels whole with its plan.
 */
public final class BuiltInProfiles {
  private static final ImmutableMap<String, PolicyProfile> BY_REFERENCE = ImmutableMap.of(
      KeskiSuomi.COUNTY_ID, KeskiSuomi.profile(),
      KeskiSuomi.COUNTY_ID + "+KE", KeskiSuomi.profileWithPartnership());

  private BuiltInProfiles() {}

  public static Optional<PolicyProfile> byReference(String reference) {
    return Optional.ofNullable(BY_REFERENCE.get(reference));
  }

  /** The reference of a built-in profile equal to this one, if it is one. */
  public static Optional<String> referenceOf(PolicyProfile profile) {
    return BY_REFERENCE.entrySet().stream().filter(entry -> entry.getValue().equals(profile)).map(ImmutableMap.Entry::getKey).findFirst();
  }

  /** Every reference, sorted, for messages that list them. */
  public static ImmutableSortedSet<String> references() {
    return ImmutableSortedSet.copyOf(BY_REFERENCE.keySet());
  }
}
