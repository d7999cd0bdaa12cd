package fi.hyvinvointialue.forum.cli;

import fi.hyvinvointialue.forum.domain.CountyPublishing;
import fi.hyvinvointialue.forum.domain.HelsinkiTime;
import fi.hyvinvointialue.forum.domain.YearKey;
import fi.hyvinvointialue.forum.domain.port.StoredYear;
import fi.hyvinvointialue.forum.json.Plan;
import fi.hyvinvointialue.forum.pages.CheckedYear;
import fi.hyvinvointialue.forum.pages.CountySite;
import fi.hyvinvointialue.forum.pages.LinkStyle;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code forum site COUNTY YEAR -o DIR}: the stored year's public pages as a static site, the same pages a
 * server answers with, and the year's feed beside them where the pages' subscription links point. Checked at the start of the {@code --now} day (Helsinki), so the same stored version
 * on the same day gives the same bytes.
 */
@Command(name = "site", mixinStandardHelpOptions = true,
    description = "Writes a stored year's public pages (fi, sv, en) as a static site for the county's website: "
        + "DIR/COUNTY/index.html, DIR/COUNTY/YEAR/index.html, DIR/COUNTY/YEAR/sv/index.html, ..., DIR/404.html, "
        + "and the year's feed DIR/COUNTY/YEAR.ics.")
final class SiteCommand implements Callable<Integer> {
  private final Context context;

  @Mixin StoreOptions store;

  @Parameters(index = "0", paramLabel = "COUNTY", description = "The county's id, e.g. keski-suomi.")
  String county;

  @Parameters(index = "1", paramLabel = "YEAR", description = "The year.")
  int year;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true, description = "The site's directory.")
  Path output;

  @Mixin PublishingOption publishing;

  @Option(names = "--now", paramLabel = "DAY", converter = NowConverter.class,
      description = "The day the pages are for (default: today in Helsinki).")
  Instant now;

  SiteCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    CountyPublishing settings = publishing.of(county);
    StoredYear stored = store.open().find(YearKey.of(county, year))
        .orElseThrow(() -> new IllegalArgumentException("no stored year " + county + "/" + year));
    Instant day = HelsinkiTime.instant(HelsinkiTime.wallTime(now != null ? now : context.now()).toLocalDate().atStartOfDay());
    CountySite site = CountySite.of(settings, List.of(CheckedYear.of(stored.year(), stored.profile(), day)), LinkStyle.FILES);
    for (Map.Entry<String, String> file : site.files().entrySet()) {
      OutputFiles.write(output.resolve(file.getKey()), file.getValue());
    }
    // the feed the pages' subscription links name, beside them, organised by the county
    OutputFiles.write(output.resolve(site.feedPath(year).substring(1)), new Feeds(CountySite.LANGUAGES.get(0), publishing::of).feed(new Plan(stored.year(), stored.profile())));
    context.out().println(output + ": " + site.files().size() + " pages and the feed of " + county + "/" + year + " version "
        + stored.version());
    return ExitCode.COMPLIANT.code();
  }
}
