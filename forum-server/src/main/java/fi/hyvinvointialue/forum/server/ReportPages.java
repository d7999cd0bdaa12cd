package fi.hyvinvointialue.forum.server;

import fi.hyvinvointialue.forum.domain.CountyPublishing;
import fi.hyvinvointialue.forum.domain.port.StoredYear;
import fi.hyvinvointialue.forum.pages.CheckedYear;
import fi.hyvinvointialue.forum.pages.HtmlReport;
import fi.hyvinvointialue.forum.pages.Labels;
import java.net.URI;
import java.time.Instant;
import java.util.Locale;

/** The year's report from forum-pages, until the county pages replace it. */
final class ReportPages implements YearPages {
  @Override
  public String render(StoredYear stored, CountyPublishing publishing, Locale language, Instant now, URI countyUrl) {
    return new HtmlReport(new Labels(language)).render(CheckedYear.of(stored.year(), stored.profile(), now));
  }
}
