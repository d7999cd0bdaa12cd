package fi.hyvinvointialue.forum.examples;

import fi.hyvinvointialue.forum.adapters.ical.ICalendarAdapter;
import fi.hyvinvointialue.forum.adapters.jdbc.JdbcForumYears;
import fi.hyvinvointialue.forum.domain.BodyKind;
import fi.hyvinvointialue.forum.domain.EventKind;
import fi.hyvinvointialue.forum.domain.HelsinkiTime;
import fi.hyvinvointialue.forum.domain.ImmutableCountyPublishing;
import fi.hyvinvointialue.forum.domain.ImmutableAgendaItem;
import fi.hyvinvointialue.forum.domain.ImmutableAnnualClock;
import fi.hyvinvointialue.forum.domain.ImmutableClockTheme;
import fi.hyvinvointialue.forum.domain.ImmutableDecision;
import fi.hyvinvointialue.forum.domain.MaterialKind;
import fi.hyvinvointialue.forum.domain.ThemeKind;
import fi.hyvinvointialue.forum.domain.TopicKind;
import fi.hyvinvointialue.forum.domain.memory.InMemoryCalendarFeeds;
import fi.hyvinvointialue.forum.domain.port.DerivedEntry;
import fi.hyvinvointialue.forum.domain.port.ImmutableFeedSettings;
import fi.hyvinvointialue.forum.domain.profile.KeskiSuomi;
import fi.hyvinvointialue.forum.rules.PolicyCheck;
import fi.hyvinvointialue.forum.secretariat.ImmutableEventPlan;
import fi.hyvinvointialue.forum.secretariat.ImmutablePlanYear;
import fi.hyvinvointialue.forum.secretariat.ImmutablePublishMaterial;
import fi.hyvinvointialue.forum.secretariat.ImmutableSetAgenda;
import fi.hyvinvointialue.forum.secretariat.Outcome;
import fi.hyvinvointialue.forum.secretariat.Refusal;
import fi.hyvinvointialue.forum.secretariat.Secretariat;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What an embedding system does: the secretariat wired with the real adapters (an embedded H2 database
 * in a directory, the iCalendar publisher) and the system clock, planning next year's first forum, being
 * refused what the policy rules out, and publishing the forum's content. README.md shows this code.
 */
public final class EmbeddingExample {
  private EmbeddingExample() {}

  /** Runs the example on an H2 database in the directory given (default: ./forum-data). */
  public static void main(String[] args) {
    Walkthrough walkthrough = run(Path.of(args.length > 0 ? args[0] : "forum-data"), Clock.systemUTC());
    System.out.println("refused: " + walkthrough.refusal().getMessage());
    System.out.println("stored version " + walkthrough.published().version());
    walkthrough.findings().forEach(System.out::println);
  }

  /** What the run saw: the plan stored, the change refused, the material published and the policy's findings then. */
  record Walkthrough(InMemoryCalendarFeeds feeds, Outcome planned, Refusal refusal, Outcome published, List<String> findings) {}

  static Walkthrough run(Path dataDirectory, Clock clock) {
    // example:start
    InMemoryCalendarFeeds feeds = new InMemoryCalendarFeeds(); // where the feed goes: a web directory, a CMS, ...
    Secretariat secretariat = new Secretariat(
        JdbcForumYears.open(JdbcForumYears.embeddedH2Url(dataDirectory), "sa", ""), // or PostgreSQL: docs/storage.md
        new ICalendarAdapter(), feeds, PolicyCheck.standard(), KeskiSuomi.profile(),
        ImmutableFeedSettings.builder().addDerivedEntries(DerivedEntry.values())
            .publishing(ImmutableCountyPublishing.builder().countyId("keski-suomi").organiserName("Keski-Suomen hyvinvointialue")
                .organiserEmail("foorumi-esimerkki@hyvaks.fi").build()) // or: forum-json's PublishingFiles
            .build(),
        clock);
    int year = LocalDate.now(clock.withZone(HelsinkiTime.ZONE)).getYear() + 1;
    Outcome planned = secretariat.find(year).orElseGet(() -> secretariat.planYear(ImmutablePlanYear.builder()
        .year(year).expectedVersion(0).actor("sihteeri@hyvaks.fi").requestId(UUID.randomUUID().toString())
        .clock(ImmutableAnnualClock.builder().year(year)
            .addDecisions(ImmutableDecision.builder().id("talousarvio").title("Talousarvio " + (year + 1))
                .body(BodyKind.COUNCIL).bodyName("aluevaltuusto").date(LocalDate.of(year, 12, 15)).build())
            .addThemes(ImmutableClockTheme.builder().id("talous").title("Talousarvio ja palveluverkko")
                .kind(ThemeKind.BUDGET).addDecisionIds("talousarvio").build())
            .build())
        .addEvents(ImmutableEventPlan.builder()
            .id("foorumi-" + year + "-1").kind(EventKind.OPEN_FORUM).title("Palveluntuottajafoorumi")
            .start(LocalDate.of(year, 3, 11).atTime(13, 0)).end(LocalDate.of(year, 3, 11).atTime(15, 30))
            .build())
        .build())); // every later request names the version it saw: a stale one is a VersionConflict

    // A single service voucher belongs to a targeted event, never the open forum (TL-2.5): refused, nothing stored.
    Refusal refusal = null;
    try {
      secretariat.setAgenda(ImmutableSetAgenda.builder()
          .year(year).expectedVersion(planned.version()).actor("sihteeri@hyvaks.fi").requestId(UUID.randomUUID().toString())
          .eventId("foorumi-" + year + "-1")
          .addItems(ImmutableAgendaItem.builder().id("a1").title("Kotihoidon palveluseteli").topic(TopicKind.SERVICE_VOUCHER).build())
          .build());
    } catch (Refusal refused) {
      refusal = refused; // refused.clauseId() is "TL-2.5"
    }

    Outcome published = secretariat.publishMaterial(ImmutablePublishMaterial.builder()
        .year(year).expectedVersion(planned.version()).actor("sihteeri@hyvaks.fi").requestId(UUID.randomUUID().toString())
        .eventId("foorumi-" + year + "-1").material(MaterialKind.CONTENT)
        .build());
    List<String> findings = published.findings().stream() // what the policy finds in the year now
        .map(finding -> finding.clauseId() + ": " + finding.message(Locale.ENGLISH))
        .collect(Collectors.toList());
    // example:end
    return new Walkthrough(feeds, planned, refusal, published, findings);
  }
}
