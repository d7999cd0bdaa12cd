package fi.hyvinvointialue.forum.server;

import fi.hyvinvointialue.forum.domain.CountyPublishing;
import fi.hyvinvointialue.forum.domain.port.StoredYear;
import fi.hyvinvointialue.forum.pages.CountySite;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Draws a county's page of a stored year in one language: the seam between the server and forum-pages.
 * The server calls it once per version, language and day and serves the result until one of them changes.
 */
@FunctionalInterface
public interface YearPages {
  /**
   * The page as HTML.
   *
   * @param now the start of the day the page is drawn for (pages say what is coming and what is past)
   * @param countyUrl the county's pages' absolute address, ending in {@code /} (the site's public address,
   *     the county's own or else the server's, and the county's id): the year's page is
   *     {@code countyUrl.resolve("2026/")}, the subscription feed {@code countyUrl.resolve("forums.ics")}
   *     (with the scheme {@code webcal} for calendar clients)
   */
  String render(StoredYear stored, CountyPublishing publishing, Locale language, Instant now, URI countyUrl);

  /**
   * The county's index page: its years (this year's and the next's stored versions) and their coming
   * forums, in one language. By default forum-pages' county site, the same page {@code forum site} writes.
   */
  default String renderIndex(List<StoredYear> years, CountyPublishing publishing, Locale language, Instant now, URI countyUrl) {
    return SitePages.site(years, publishing, now, countyUrl).page(CountySite.indexPath(publishing.countyId(), language)).orElseThrow();
  }
}
