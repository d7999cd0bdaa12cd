package fi.hyvinvointialue.forum.domain.profile;

import fi.hyvinvointialue.forum.domain.ForumStyle;
import fi.hyvinvointialue.forum.domain.OrganisationKind;
import org.immutables.value.Value;

/** A partner the communication must be done with (TL-5.2), matched by kind. */
@Value.Immutable
@ForumStyle
public interface PartnerRequirement {
  @Value.Parameter
  OrganisationKind kind();

  /** The partner as the policy names it, e.g. "Keski-Suomen Yrittäjät". */
  @Value.Parameter
  String description();

  static PartnerRequirement of(OrganisationKind kind, String description) {
    return ImmutablePartnerRequirement.of(kind, description);
  }
}
