package fi.hyvinvointialue.forum.domain.profile;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import fi.hyvinvointialue.forum.domain.BusinessIds;
import fi.hyvinvointialue.forum.domain.ForumStyle;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/** A wellbeing services county: its names, languages, municipalities and sub-regions. */
@Value.Immutable
@ForumStyle
public interface County {
  /** A stable identifier, such as {@code keski-suomi}. */
  String id();

  LocalizedText name();

  /**
   * The county's business ID (Y-tunnus): TL-3.1 recognises the county's own organisation by it. Empty
   * while not on record; then only the kind of organisation can be checked.
   */
  Optional<String> businessId();

  /** Official languages, Finnish first; bilingual counties add Swedish. */
  ImmutableList<Locale> languages();

  ImmutableList<Municipality> municipalities();

  default ImmutableSet<String> subRegions() {
    return municipalities().stream().map(Municipality::subRegion).collect(ImmutableSet.toImmutableSet());
  }

  @Value.Check
  default void check() {
    if (id().isBlank()) {
      throw new IllegalStateException("county.id must not be blank");
    }
    if (languages().isEmpty()) {
      throw new IllegalStateException("county[" + id() + "].languages must not be empty");
    }
    businessId().ifPresent(businessId -> BusinessIds.check(businessId, "county[" + id() + "].businessId"));
  }
}
