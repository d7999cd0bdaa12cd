package fi.hyvinvointialue.forum.domain;

import org.immutables.value.Value;

/** A county, municipality, company or association taking part in the forum's work. */
@Value.Immutable
@ForumStyle
public interface Organisation {
  @Value.Parameter
  String name();

  @Value.Parameter
  OrganisationKind kind();

  static Organisation of(String name, OrganisationKind kind) {
    return ImmutableOrganisation.of(name, kind);
  }

  @Value.Check
  default void check() {
    Checks.notBlank(name(), "organisation.name");
  }
}
