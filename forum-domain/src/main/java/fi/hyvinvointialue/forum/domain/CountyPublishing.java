package fi.hyvinvointialue.forum.domain;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a county publishes its forum year: its forum contact and its public site.
 *
 * <p>Event UIDs take nothing from here: they are name-based UUIDs stamped into the record at first save
 * ({@code EventStamps}), so a new domain changes no UID. Kept beside the county, not in the approved and versioned policy profile: a new mailbox or a
 * new web address needs no board decision. Feeds, pages and the server read it; a county without
 * it cannot publish (a clear error, never a feed without an organiser).
 */
@Value.Immutable
@ForumStyle
public interface CountyPublishing {
  /** The county, as in {@link YearKey#countyId()} and the profile's county id. */
  String countyId();

  /** Who organises the forums, shown as the feed's ORGANIZER's name, e.g. the county's name. */
  String organiserName();

  /** The forum contact's e-mail address (without {@code mailto:}), the feed's ORGANIZER. */
  String organiserEmail();

  /** The public address the site is served at (usually behind a TLS proxy), for absolute links. */
  Optional<URI> publicBaseUrl();

  /** The county's accessibility statement, linked from every page. */
  Optional<URI> accessibilityStatement();

  /** The organiser as a {@code mailto:} address. */
  default URI organiserAddress() {
    return URI.create("mailto:" + organiserEmail());
  }

  @Value.Check
  default void check() {
    Checks.notBlank(countyId(), "countyId");
    Checks.notBlank(organiserName(), "organiserName");
    if (!organiserEmail().matches("[^@\\s:/]+@[^@\\s:/]+\\.[^@\\s:/]+")) {
      throw new IllegalStateException("organiserEmail must be an e-mail address, was '" + organiserEmail() + "'");
    }
    publicBaseUrl().ifPresent(url -> absoluteHttp(url, "publicBaseUrl"));
    accessibilityStatement().ifPresent(url -> absoluteHttp(url, "accessibilityStatement"));
  }

  private static void absoluteHttp(URI url, String field) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("https") || scheme.equals("http")) || url.getHost() == null) {
      throw new IllegalStateException(field + " must be an absolute http(s) address, was '" + url + "'");
    }
  }
}
