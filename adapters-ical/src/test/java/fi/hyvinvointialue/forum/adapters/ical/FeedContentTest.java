package fi.hyvinvointialue.forum.adapters.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Conference;
import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.AgendaItem;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.ImmutableAgendaItem;
import fi.hyvinvointialue.forum.domain.ImmutableFeedbackComment;
import fi.hyvinvointialue.forum.domain.ImmutableFeedbackWindow;
import fi.hyvinvointialue.forum.domain.ImmutableForumEvent;
import fi.hyvinvointialue.forum.domain.ImmutableForumYear;
import fi.hyvinvointialue.forum.domain.ImmutableMemo;
import fi.hyvinvointialue.forum.domain.ImmutablePerson;
import fi.hyvinvointialue.forum.domain.ImmutableRemoteConnection;
import fi.hyvinvointialue.forum.domain.ImmutableCountyPublishing;
import fi.hyvinvointialue.forum.domain.port.FeedSettings;
import fi.hyvinvointialue.forum.domain.port.ImmutableFeedSettings;
import fi.hyvinvointialue.forum.domain.testing.SampleYears;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the feed says, as biweekly reads it: calendar properties in three languages, and each event's. */
class FeedContentTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "fi | Keski-Suomen hyvinvointialue: palveluntuottajafoorumi 2026 | Palveluntuottajafoorumi",
        "sv | Mellersta Finlands välfärdsområde: serviceproducentforum 2026 | Serviceproducentforum",
        "en | Wellbeing services county of Central Finland: service provider forum 2026 | Service provider forum",
        "de | Keski-Suomen hyvinvointialue: palveluntuottajafoorumi 2026 | Palveluntuottajafoorumi",
      })
  void theCalendarIsNamedInTheFeedsLanguage(String language, String name, String category) {
    FeedSettings settings = ImmutableFeedSettings.copyOf(Feeds.settings())
        .withLanguage(Locale.forLanguageTag(language))
        .withRefreshInterval(Duration.ofHours(6));

    byte[] feed = Feeds.publish(SampleYears.keskiSuomi(2026), settings);

    ICalendar calendar = Feeds.biweekly(feed);
    assertEquals(name, calendar.getNames().get(0).getValue());
    assertEquals(name, calendar.getExperimentalProperty("X-WR-CALNAME").getValue());
    assertEquals("Europe/Helsinki", calendar.getExperimentalProperty("X-WR-TIMEZONE").getValue());
    assertEquals("PT6H", calendar.getExperimentalProperty("X-PUBLISHED-TTL").getValue());
    assertEquals(6 * 3600_000L, calendar.getRefreshInterval().getValue().toMillis());
    assertEquals("PUBLISH", calendar.getMethod().getValue());
    assertEquals("GREGORIAN", calendar.getCalendarScale().getValue());
    assertTrue(calendar.getProductId().getValue().endsWith("//" + (language.equals("de") ? "FI" : language.toUpperCase(Locale.ROOT))),
        "the PRODID names the language the feed is in");
    assertEquals(category, calendar.getEvents().get(0).getCategories().get(0).getValues().get(0));
    assertTrue(Feeds.text(feed).contains("REFRESH-INTERVAL;VALUE=DURATION:PT6H\r\n"));
  }

  @Test
  void anEventCarriesItsPlaceLinksOrganiserAndConference() {
    ForumYear year = SampleYears.keskiSuomi(2026);
    ForumEvent forum = year.events().get(0);

    VEvent read = Feeds.biweekly(Feeds.publish(year, Feeds.settings())).getEvents().get(0);

    assertEquals(Feeds.uid(year, forum.id()), read.getUid().getValue());
    assertEquals("Sairaala Nova, auditorio, Hoitajantie 3, Jyväskylä / https://teams.example.fi/foorumi/" + forum.id(),
        read.getLocation().getValue());
    assertEquals("https://www.hyvaks.fi/foorumi/" + forum.id(), read.getUrl().getValue());
    assertEquals("foorumi-esimerkki@hyvaks.fi", read.getOrganizer().getEmail());
    assertEquals("Keski-Suomen hyvinvointialue", read.getOrganizer().getCommonName());
    Conference conference = read.getConferences().get(0);
    assertEquals("https://teams.example.fi/foorumi/" + forum.id(), conference.getUri());
    assertEquals("Teams", conference.getLabel());
    String description = read.getDescription().getValue();
    assertTrue(description.startsWith("Esityslista:\n- Teeman valmistelu: strategia (Palvelujohtaja Maija Meikäläinen)\n"),
        description);
    assertTrue(description.contains("\nEtäyhteys (Teams): https://teams.example.fi/foorumi/" + forum.id() + "\n"), description);
    assertTrue(description.contains("- Esityslista: https://www.hyvaks.fi/foorumi/" + forum.id() + "/agenda\n"), description);
    assertTrue(description.contains("Palaute: https://www.hyvaks.fi/foorumi/" + forum.id() + "/palaute"), description);
  }

  @Test
  void anEventWithoutAWebsiteAnnouncementLinksTheForumsPage() {
    ForumYear year = SampleYears.keskiSuomi(2026);
    ForumEvent targeted = year.events().get(4);

    VEvent read = Feeds.biweekly(Feeds.publish(year, Feeds.withoutDerivedEntries())).getEvents().stream()
        .filter(event -> event.getUid().getValue().equals(Feeds.uid(year, targeted.id()))).findFirst().orElseThrow();

    assertEquals("https://www.hyvaks.fi/palveluntuottajafoorumi", read.getUrl().getValue());
    assertEquals("Kohdennettu tilaisuus", read.getCategories().get(0).getValues().get(0));
    assertEquals(null, read.getConferences().get(0).getLabel(), "no platform named");
  }

  @Test
  void textInParametersSurvivesQuotesAndLineBreaks() {
    ForumYear year = SampleYears.keskiSuomi(2026);
    ForumEvent forum = ImmutableForumEvent.copyOf(year.events().get(0)).withRemoteConnection(
        ImmutableRemoteConnection.builder().uri(URI.create("https://meet.example.fi/x?a=1&b=2"))
            .platform("Teams \"uusi\"; versio,\n2").build());

    VEvent read = Feeds.biweekly(Feeds.publish(ImmutableForumYear.copyOf(year).withEvents(forum),
        Feeds.withoutDerivedEntries())).getEvents().get(0);

    assertEquals("Teams \"uusi\"; versio, 2", read.getConferences().get(0).getLabel());
    assertEquals("https://meet.example.fi/x?a=1&b=2", read.getConferences().get(0).getUri());
  }

  @Test
  void theFeedNamesNoOneButPresentersThePlanMarksPublic() {
    ForumYear year = SampleYears.keskiSuomi(2026);
    ForumEvent base = year.events().get(0);
    AgendaItem hidden = ImmutableAgendaItem.builder().id("piilotettu").title("Kohta ilman julkista esittelijää")
        .presenter(ImmutablePerson.builder().name("Piilotettu Esittelijä").build()).build();
    ForumEvent event = ImmutableForumEvent.copyOf(base)
        .withChair(ImmutablePerson.builder().name("Salainen Puheenjohtaja").build())
        .withSecretary(ImmutablePerson.builder().name("Salainen Sihteeri").build())
        .withAgenda(ImmutableList.<AgendaItem>builder().addAll(base.agenda()).add(hidden).build())
        .withMemo(ImmutableMemo.copyOf(base.memo().orElseThrow()).withIncludedCommentIds())
        .withFeedbackWindow(ImmutableFeedbackWindow.copyOf(base.feedbackWindow().orElseThrow())
            .withComments(ImmutableFeedbackComment.builder().id("k1").receivedAt(base.end().plusDays(1))
                .text("Yksityinen kommentti").author("Yksityinen Kommentoija").build()));

    String feed = Feeds.text(Feeds.publish(ImmutableForumYear.copyOf(year).withEvents(event), Feeds.settings()))
        .replace("\r\n ", "");

    List.of("Salainen Puheenjohtaja", "Salainen Sihteeri", "Piilotettu Esittelijä", "Yksityinen", "Elinvoimapäällikkö",
            "Hyvinvointialuejohtaja", "Kumppanuuskoordinaattori", "Yrittäjä Esimerkki")
        .forEach(name -> assertFalse(feed.contains(name), name));
    assertTrue(feed.contains("Kohta ilman julkista esittelijää\\n"), "the item itself is listed");
    assertTrue(feed.contains("(Palvelujohtaja Maija Meikäläinen)"), "the public presenter is named");
  }

  @Test
  void anEventWithNothingToDescribeHasNoDescription() {
    ForumYear year = SampleYears.keskiSuomi(2026);
    ForumEvent bare = ImmutableForumEvent.builder().id("pelkka").kind(year.events().get(0).kind()).title("Pelkkä otsikko")
        .start(year.events().get(0).start()).end(year.events().get(0).end()).build();

    VEvent read = Feeds.biweekly(Feeds.publish(ImmutableForumYear.copyOf(year).withEvents(bare),
        Feeds.withoutDerivedEntries())).getEvents().get(0);

    assertEquals(null, read.getDescription());
    assertEquals(null, read.getLocation());
    assertEquals(List.of(), read.getConferences());
    assertEquals(Instant.parse("2025-12-31T22:00:00Z"), read.getCreated().getValue().toInstant(),
        "a record without stamps is stamped at the start of its year, never now");
    assertEquals(Instant.parse("2025-12-31T22:00:00Z"), read.getDateTimeStamp().getValue().toInstant());
  }

  @Test
  void settingsAreCheckedTheRefreshIntervalIsWholePositiveSecondsAndThePublishingIsTheCountys() {
    ForumYear year = SampleYears.keskiSuomi(2026);
    FeedSettings settings = ImmutableFeedSettings.copyOf(Feeds.settings()).withRefreshInterval(Duration.ofMillis(90_500));

    assertTrue(Feeds.text(Feeds.publish(year, settings)).contains("X-PUBLISHED-TTL:PT1M30S\r\n"));
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> Feeds.publish(year, ImmutableFeedSettings.copyOf(settings).withRefreshInterval(Duration.ZERO)));
    assertTrue(error.getMessage().startsWith("feedSettings.refreshInterval"), error.getMessage());
    IllegalArgumentException otherCounty = assertThrows(IllegalArgumentException.class, () -> Feeds.publish(year,
        ImmutableFeedSettings.copyOf(settings).withPublishing(ImmutableCountyPublishing.copyOf(settings.publishing()).withCountyId("pohjanmaa"))));
    assertEquals("feedSettings.publishing is for the county 'pohjanmaa', the year is of 'keski-suomi'", otherCounty.getMessage());
  }
}
