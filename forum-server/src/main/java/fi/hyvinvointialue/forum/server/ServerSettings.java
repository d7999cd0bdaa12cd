package fi.hyvinvointialue.forum.server;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.CountyPublishing;
import fi.hyvinvointialue.forum.domain.ForumStyle;
import fi.hyvinvointialue.forum.domain.port.ApiTokens;
import fi.hyvinvointialue.forum.domain.port.ForumYears;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What a {@link ForumServer} serves: the store, the counties it publishes (each with its own
 * publishing settings; each stored version carries its own profile), the public address it is
 * reached at, and the clock that says which year is "this year".
 */
@Value.Immutable
@ForumStyle
public interface ServerSettings {
  /** The store the years are read from; written only through the HTTP API, with a token. */
  ForumYears store();

  /** The counties served, each once; any other county is a 404. */
  ImmutableList<CountyPublishing> counties();

  /**
   * The address the server is reached at from outside (usually a TLS proxy in front), for absolute links:
   * a county's pages are at {@code {publicBaseUrl}/{county}/}, unless its publishing settings give its
   * own public address (a proxy in front mapping that to {@code /{county}/} here).
   */
  URI publicBaseUrl();

  /** "Now": which years {@code forums.ics} holds and the day the pages are drawn for. */
  Clock clock();

  /** How the pages are drawn; forum-pages' county site by default. */
  @Value.Default
  default YearPages pages() {
    return new SitePages();
  }

  /** How long a stored version is served before the store is asked whether a newer one exists. */
  @Value.Default
  default Duration freshness() {
    return Duration.ofSeconds(1);
  }

  /**
   * A directory served as plain files under {@code /static/files/} (Jetty's own file handling: ETag,
   * Last-Modified, ranges), at paths of four segments or more, e.g. {@code /static/files/feeds/forums.ics}:
   * shorter paths belong to the counties. The benchmarks compare the feed with the same bytes served so.
   */
  Optional<Path> staticFiles();

  /** The bearer tokens the HTTP API accepts; without them the API reads only what is public and stores nothing. */
  Optional<ApiTokens> apiTokens();

  /** The origins whose browsers may call the HTTP API (CORS); none unless configured. */
  ImmutableList<String> allowedOrigins();

  /** A county's publishing settings, if it is served. */
  default Optional<CountyPublishing> county(String countyId) {
    return counties().stream().filter(county -> county.countyId().equals(countyId)).findFirst();
  }

  @Value.Check
  default void check() {
    Set<String> seen = new HashSet<>();
    for (CountyPublishing county : counties()) {
      if (!seen.add(county.countyId())) {
        throw new IllegalStateException("counties names " + county.countyId() + " twice");
      }
    }
    String scheme = publicBaseUrl().getScheme();
    if (scheme == null || !scheme.matches("https?") || publicBaseUrl().getHost() == null) {
      throw new IllegalStateException("publicBaseUrl must be an absolute http(s) address, was '" + publicBaseUrl() + "'");
    }
    if (freshness().isNegative()) {
      throw new IllegalStateException("freshness must not be negative, was " + freshness());
    }
  }
}
