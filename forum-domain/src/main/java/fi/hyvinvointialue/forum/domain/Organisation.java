package fi.hyvinvointialue.forum.domain;

import java.util.Optional;
import org.immutables.value.Value;

/** A county, municipality, company or association taking part in the forum's work. */
@Value.Immutable
@ForumStyle
public interface Organisation {
  @Value.Parameter
  String name();

  @Value.Parameter
  OrganisationKind kind();

  /** The business ID (Y-tunnus) that tells this organisation from others of the same name or kind. */
  Optional<String> businessId();

  static Organisation of(String name, OrganisationKind kind) {
    return ImmutableOrganisation.of(name, kind);
  }

  @Value.Check
  default void check() {
    Checks.notBlank(name(), "organisation.name");
    businessId().ifPresent(id -> BusinessIds.check(id, "organisation[" + name() + "].businessId"));
  }
}
