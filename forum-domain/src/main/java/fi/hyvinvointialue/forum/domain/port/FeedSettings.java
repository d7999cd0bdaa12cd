package fi.hyvinvointialue.forum.domain.port;

import com.google.common.collect.ImmutableSet;
import fi.hyvinvointialue.forum.domain.ForumStyle;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/** How a calendar feed is published: its language, identity and optional derived entries. */
@Value.Immutable
@ForumStyle
public interface FeedSettings {
  /** Finnish by default; Swedish and English are offered too. */
  @Value.Default
  default Locale language() {
    return Locale.forLanguageTag("fi");
  }

  /** The domain UIDs are made in, e.g. {@code forum.hyvaks.fi}: the same event keeps its UID. */
  String uidDomain();

  /** The organiser's address (mailto:) shown as ORGANIZER. */
  Optional<URI> organiser();

  /** The page of the forum, for URL. */
  Optional<URI> forumPage();

  ImmutableSet<DerivedEntry> derivedEntries();

  /** How often subscribers should refresh. */
  @Value.Default
  default Duration refreshInterval() {
    return Duration.ofHours(12);
  }
}
