package fi.hyvinvointialue.forum.domain;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a county publishes its forum year: its forum contact, its own domain and its public site.
 *
 * <p>Kept beside the county, not in the approved and versioned policy profile: a new mailbox or a
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

  /** The county's own domain, e.g. {@code hyvaks.fi}: UIDs of new events are made in it. */
  String uidDomain();

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
    if (!uidDomain().toLowerCase(Locale.ROOT).matches("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+")) {
      throw new IllegalStateException("uidDomain must be a domain name, was '" + uidDomain() + "'");
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
