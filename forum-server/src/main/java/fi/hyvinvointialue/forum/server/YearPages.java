package fi.hyvinvointialue.forum.server;

import fi.hyvinvointialue.forum.domain.CountyPublishing;
import fi.hyvinvointialue.forum.domain.port.StoredYear;
import java.time.Instant;
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
   */
  String render(StoredYear stored, CountyPublishing publishing, Locale language, Instant now);
}
