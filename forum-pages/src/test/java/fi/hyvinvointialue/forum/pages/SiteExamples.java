package fi.hyvinvointialue.forum.pages;

import fi.hyvinvointialue.forum.domain.CountyPublishing;
import fi.hyvinvointialue.forum.domain.ImmutableCountyPublishing;
import fi.hyvinvointialue.forum.json.Plan;
import fi.hyvinvointialue.forum.json.PlanFiles;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** The example plans as the tests' county sites. */
final class SiteExamples {
  /** The example plans, one copy in the examples module; surefire runs in this module's directory. */
  static final Path PLANS = Path.of("../examples/plans");
  /** In the middle of the example year: some forums held, some coming, a recording still up. */
  static final Instant MID_2026 = Instant.parse("2026-05-20T09:00:00Z");

  private SiteExamples() {}

  static Plan plan(String name) {
    return new PlanFiles().read(PLANS.resolve(name));
  }

  static CountyPublishing publishing(String county) {
    return ImmutableCountyPublishing.builder().countyId(county).organiserName(county).organiserEmail("foorumi@" + county + ".example")
        .publicBaseUrl(URI.create("https://foorumit." + county + ".example/"))
        .accessibilityStatement(URI.create("https://" + county + ".example/saavutettavuus")).build();
  }

  static CountySite site(String planName, Instant now, LinkStyle links) {
    Plan plan = plan(planName);
    return CountySite.of(publishing(plan.year().countyId()), List.of(CheckedYear.of(plan.year(), plan.profile(), now)), links);
  }
}
