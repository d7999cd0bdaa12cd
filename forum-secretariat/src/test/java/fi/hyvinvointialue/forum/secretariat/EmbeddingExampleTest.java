package fi.hyvinvointialue.forum.secretariat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.hyvinvointialue.forum.domain.EventKind;
import fi.hyvinvointialue.forum.domain.ImmutableCountyPublishing;
import fi.hyvinvointialue.forum.domain.ImmutableAgendaItem;
import fi.hyvinvointialue.forum.domain.MaterialKind;
import fi.hyvinvointialue.forum.domain.TopicKind;
import fi.hyvinvointialue.forum.domain.memory.InMemoryCalendarFeeds;
import fi.hyvinvointialue.forum.domain.memory.InMemoryForumYears;
import fi.hyvinvointialue.forum.domain.port.CalendarPublishing;
import fi.hyvinvointialue.forum.domain.port.ImmutableFeedSettings;
import fi.hyvinvointialue.forum.domain.profile.KeskiSuomi;
import fi.hyvinvointialue.forum.domain.testing.SampleYears;
import fi.hyvinvointialue.forum.domain.testing.TextCalendarPublishing;
import fi.hyvinvointialue.forum.rules.PolicyCheck;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The example of docs/embedding.md, run; the second test keeps the pages and this code the same. */
class EmbeddingExampleTest {
  private static final Path SOURCE =
      Path.of("src/test/java/fi/hyvinvointialue/forum/secretariat/EmbeddingExampleTest.java");
  private static final List<Path> PAGES = List.of(Path.of("../docs/embedding.md"));

  @Test
  void theEmbeddingExampleRuns() {
    // example:start
    Clock clock = Clock.fixed(Instant.parse("2026-02-02T08:00:00Z"), ZoneOffset.UTC); // Clock.systemUTC() in use
    CalendarPublishing calendar = new TextCalendarPublishing(); // the iCalendar adapter in use
    Secretariat secretariat = new Secretariat(new InMemoryForumYears(), calendar, new InMemoryCalendarFeeds(),
        PolicyCheck.standard(), KeskiSuomi.profile(),
        ImmutableFeedSettings.builder().publishing(ImmutableCountyPublishing.builder().countyId("keski-suomi")
            .organiserName("Keski-Suomen hyvinvointialue").organiserEmail("foorumi-esimerkki@hyvaks.fi")
            .build()).build(), clock);

    Outcome planned = secretariat.planYear(ImmutablePlanYear.builder()
        .year(2026).expectedVersion(0).actor("sihteeri@hyvaks.fi").requestId(UUID.randomUUID().toString())
        .clock(SampleYears.clock(2026))
        .addEvents(ImmutableEventPlan.builder()
            .id("foorumi-2026-1").kind(EventKind.OPEN_FORUM).title("Palveluntuottajafoorumi")
            .start(LocalDateTime.of(2026, 3, 11, 13, 0)).end(LocalDateTime.of(2026, 3, 11, 15, 30))
            .build())
        .build());

    // A single service voucher belongs to a targeted event, never the open forum (TL-2.5): refused, nothing stored.
    Refusal refusal = assertThrows(Refusal.class, () -> secretariat.setAgenda(ImmutableSetAgenda.builder()
        .year(2026).expectedVersion(planned.version()).actor("sihteeri@hyvaks.fi").requestId(UUID.randomUUID().toString())
        .eventId("foorumi-2026-1")
        .addItems(ImmutableAgendaItem.builder().id("a1").title("Kotihoidon palveluseteli")
            .topic(TopicKind.SERVICE_VOUCHER).build())
        .build()));
    assertEquals("TL-2.5", refusal.clauseId().orElseThrow());

    Outcome published = secretariat.publishMaterial(ImmutablePublishMaterial.builder()
        .year(2026).expectedVersion(planned.version()).actor("sihteeri@hyvaks.fi").requestId(UUID.randomUUID().toString())
        .eventId("foorumi-2026-1").material(MaterialKind.CONTENT)
        .build());
    assertEquals(2, published.version()); // the next request names this version
    List<String> findings = published.findings().stream() // what the policy finds in the year now
        .map(finding -> finding.clauseId() + ": " + finding.message(Locale.ENGLISH))
        .collect(Collectors.toList());
    // example:end
    assertEquals(1, published.year().event("foorumi-2026-1").orElseThrow().publications().size());
    assertEquals(published.findings().size(), findings.size());
  }

  @Test
  void theEmbeddingPageShowsThisExampleAsItRuns() throws IOException {
    List<String> source = Files.readAllLines(SOURCE, StandardCharsets.UTF_8);
    String example = source.subList(source.indexOf("    // example:start") + 1, source.indexOf("    // example:end")).stream()
        .map(line -> line.replaceFirst("^ {4}", ""))
        .collect(Collectors.joining("\n"));

    for (Path page : PAGES) {
      assertTrue(Files.readString(page, StandardCharsets.UTF_8).contains("```java\n" + example + "\n```"),
          page + " does not show the example of " + SOURCE);
    }
  }
}
