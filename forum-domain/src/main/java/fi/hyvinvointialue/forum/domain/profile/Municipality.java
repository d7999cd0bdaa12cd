package fi.hyvinvointialue.forum.domain.profile;

import fi.hyvinvointialue.forum.domain.ForumStyle;
import org.immutables.value.Value;

/** A municipality of the county and the sub-region (seutukunta) it belongs to. */
@Value.Immutable
@ForumStyle
public interface Municipality {
  @Value.Parameter
  String name();

  @Value.Parameter
  String subRegion();

  static Municipality of(String name, String subRegion) {
    return ImmutableMunicipality.of(name, subRegion);
  }
}
