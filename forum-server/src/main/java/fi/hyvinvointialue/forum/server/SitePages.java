package fi.hyvinvointialue.forum.server;

import fi.hyvinvointialue.forum.domain.CountyPublishing;
import fi.hyvinvointialue.forum.domain.ImmutableCountyPublishing;
import fi.hyvinvointialue.forum.domain.port.StoredYear;
import fi.hyvinvointialue.forum.pages.CheckedYear;
import fi.hyvinvointialue.forum.pages.CountySite;
import fi.hyvinvointialue.forum.pages.LinkStyle;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A year's page from forum-pages' {@link CountySite}, the same page {@code forum site} writes: the server
 * serves it at the site's own addresses, with the server's public address when the county has none.
 */
final class SitePages implements YearPages {
  @Override
  public String render(StoredYear stored, CountyPublishing publishing, Locale language, Instant now, URI countyUrl) {
    CountyPublishing addressed = publishing.publicBaseUrl().isPresent()
        ? publishing
        : ImmutableCountyPublishing.copyOf(publishing).withPublicBaseUrl(countyUrl.resolve(".."));
    CountySite site = CountySite.of(addressed, List.of(CheckedYear.of(stored.year(), stored.profile(), now)), LinkStyle.DIRECTORIES);
    return site.page(site.yearPath(stored.year().year(), language)).orElseThrow();
  }
}
