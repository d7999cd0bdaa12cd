package fi.hyvinvointialue.forum.server.api;

import fi.hyvinvointialue.forum.json.Plan;
import fi.hyvinvointialue.forum.json.PlanFiles;
import fi.hyvinvointialue.forum.pages.CountySite;
import fi.hyvinvointialue.forum.rules.YearReport;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The policy check of a plan as the API reports it: the report of {@code forum check --format json}, checked
 * at the server's "now", its messages in the language the request's {@code Accept-Language} prefers among
 * Finnish, Swedish and English (Finnish when it names none of them).
 */
final class Checks {
  /** The site's languages as tags, Finnish first: the one when the request names none of them. */
  private static final List<String> LANGUAGES =
      CountySite.LANGUAGES.stream().map(Locale::toLanguageTag).collect(Collectors.toUnmodifiableList());

  private final PlanFiles files;
  private final Clock clock;

  Checks(PlanFiles files, Clock clock) {
    this.files = files;
    this.clock = clock;
  }

  Instant now() {
    return clock.instant();
  }

  String reportJson(Plan plan, Context ctx) {
    return files.reportJson("request", plan, YearReport.of(plan.year(), plan.profile(), now()), language(ctx.header("Accept-Language")));
  }

  static Locale language(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.length() > 200) {
      return CountySite.LANGUAGES.get(0);
    }
    try {
      String tag = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES);
      return tag == null ? CountySite.LANGUAGES.get(0) : Locale.forLanguageTag(tag);
    } catch (IllegalArgumentException malformed) {
      return CountySite.LANGUAGES.get(0);
    }
  }
}
