package fi.hyvinvointialue.forum.domain.port;

import com.google.common.collect.ImmutableSet;
import fi.hyvinvointialue.forum.domain.CountyPublishing;
import fi.hyvinvointialue.forum.domain.ForumStyle;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/** How a calendar feed is published: its language, its organiser and optional derived entries. */
@Value.Immutable
@ForumStyle
public interface FeedSettings {
  /** Finnish by default; Swedish and English are offered too. */
  @Value.Default
  default Locale language() {
    return Locale.forLanguageTag("fi");
  }

  /**
   * The county's publishing settings: its forum contact is every event's ORGANIZER, which RFC 5546
   * requires of a published event. Event UIDs do not come from here: they are the record's own ({@link
   * fi.hyvinvointialue.forum.domain.ForumEvent#uid()}), so a new domain never changes them.
   */
  CountyPublishing publishing();

  /** The page of the forum, for URL. */
  Optional<URI> forumPage();

  ImmutableSet<DerivedEntry> derivedEntries();

  /** How often subscribers should refresh. */
  @Value.Default
  default Duration refreshInterval() {
    return Duration.ofHours(12);
  }
}
