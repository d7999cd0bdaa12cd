package fi.hyvinvointialue.forum.domain.profile;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import fi.hyvinvointialue.forum.domain.ForumStyle;
import java.util.Locale;
import org.immutables.value.Value;

/** A wellbeing services county: its names, languages, municipalities and sub-regions. */
@Value.Immutable
@ForumStyle
public interface County {
  /** A stable identifier, such as {@code keski-suomi}. */
  String id();

  LocalizedText name();

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
  }
}
