package fi.hyvinvointialue.forum.server.api;

import fi.hyvinvointialue.forum.json.Plan;
import fi.hyvinvointialue.forum.json.PlanFiles;
import fi.hyvinvointialue.forum.rules.YearReport;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The policy check of a plan as the API reports it: the report of {@code forum check --format json}, checked
 * at the server's "now", its messages in the language the request's {@code Accept-Language} prefers among
 * Finnish, Swedish and English (Finnish when it names none of them).
 */
final class Checks {
  private static final List<String> LANGUAGES = List.of("fi", "sv", "en");

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
      return Locale.forLanguageTag("fi");
    }
    try {
      String tag = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES);
      return Locale.forLanguageTag(tag == null ? "fi" : tag);
    } catch (IllegalArgumentException malformed) {
      return Locale.forLanguageTag("fi");
    }
  }
}
