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
import java.util.stream.Collectors;

/**
 * A year's page from forum-pages' {@link CountySite}, the same page {@code forum site} writes: the server
 * serves it at the site's own addresses, with the server's public address when the county has none.
 */
final class SitePages implements YearPages {
  @Override
  public String render(StoredYear stored, CountyPublishing publishing, Locale language, Instant now, URI countyUrl) {
    CountySite site = site(List.of(stored), publishing, now, countyUrl);
    return site.page(site.yearPath(stored.year().year(), language)).orElseThrow();
  }

  /** The county's site of these stored years, addressed from the server when the county has no address of its own. */
  static CountySite site(List<StoredYear> years, CountyPublishing publishing, Instant now, URI countyUrl) {
    CountyPublishing addressed = publishing.publicBaseUrl().isPresent()
        ? publishing
        : ImmutableCountyPublishing.copyOf(publishing).withPublicBaseUrl(countyUrl.resolve(".."));
    return CountySite.of(addressed, years.stream().map(stored -> CheckedYear.of(stored.year(), stored.profile(), now))
        .collect(Collectors.toList()), LinkStyle.DIRECTORIES);
  }
}
