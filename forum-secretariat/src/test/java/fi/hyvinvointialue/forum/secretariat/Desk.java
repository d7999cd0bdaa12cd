package fi.hyvinvointialue.forum.secretariat;

import fi.hyvinvointialue.forum.domain.EventKind;
import fi.hyvinvointialue.forum.domain.ImmutableRemoteConnection;
import fi.hyvinvointialue.forum.domain.ImmutableVenue;
import fi.hyvinvointialue.forum.domain.YearKey;
import fi.hyvinvointialue.forum.domain.memory.InMemoryCalendarFeeds;
import fi.hyvinvointialue.forum.domain.memory.InMemoryForumYears;
import fi.hyvinvointialue.forum.domain.port.CalendarFeeds;
import fi.hyvinvointialue.forum.domain.port.CalendarPublishing;
import fi.hyvinvointialue.forum.domain.port.FeedSettings;
import fi.hyvinvointialue.forum.domain.port.ForumYears;
import fi.hyvinvointialue.forum.domain.port.ImmutableFeedSettings;
import fi.hyvinvointialue.forum.domain.port.StoredYear;
import fi.hyvinvointialue.forum.domain.profile.KeskiSuomi;
import fi.hyvinvointialue.forum.domain.testing.MovableClock;
import fi.hyvinvointialue.forum.domain.testing.SampleYears;
import fi.hyvinvointialue.forum.domain.testing.TextCalendarPublishing;
import fi.hyvinvointialue.forum.rules.PolicyCheck;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;

/** A secretariat on the in-memory adapters with a clock the test moves: the tests' shared setting. */
final class Desk {
  static final String SECRETARY = "sihteeri@hyvaks.fi";
  static final FeedSettings FEED = ImmutableFeedSettings.builder().publishing(SampleYears.publishing()).build();

  static final YearKey KEY = YearKey.of(KeskiSuomi.COUNTY_ID, 2026);

  final ForumYears forumYears;
  final InMemoryCalendarFeeds feeds = new InMemoryCalendarFeeds();
  final MovableClock clock;
  final Secretariat secretariat;
  private int requests;

  Desk(LocalDateTime helsinkiNow) {
    this(new InMemoryForumYears(), new MovableClock(helsinkiNow));
  }

  /** A desk over another store, on a clock of the test's choosing (one that runs on the system clock, say). */
  Desk(ForumYears forumYears, MovableClock clock) {
    this.forumYears = forumYears;
    this.clock = clock;
    this.secretariat = secretariat(forumYears, new TextCalendarPublishing(), feeds);
  }

  /** Another secretariat on this desk's clock, over the given ports (wrappers that fail, say). */
  Secretariat secretariat(ForumYears years, CalendarPublishing publishing, CalendarFeeds calendarFeeds) {
    return new Secretariat(years, publishing, calendarFeeds, PolicyCheck.standard(), KeskiSuomi.profile(), FEED, clock);
  }

  /** The stored version of 2026, the year the tests work on: what the next request names. */
  long version() {
    return forumYears.find(KEY).map(StoredYear::version).orElse(0L);
  }

  /** A fresh request id. */
  String id() {
    return "request-" + ++requests;
  }

  /** A step on an event of 2026, based on the version stored now. */
  EventStep step(String eventId) {
    return ImmutableEventStep.builder().year(2026).expectedVersion(version()).actor(SECRETARY).requestId(id())
        .eventId(eventId).build();
  }

  void at(LocalDateTime helsinkiTime) {
    clock.set(helsinkiTime);
  }

  /** The published feed of 2026, as text. */
  String feed() {
    return feeds.find(KEY).map(feed -> new String(feed, StandardCharsets.UTF_8)).orElse("");
  }

  /** An open forum as the county schedules it: on site at Nova and on Teams, 13:00–15:30. */
  static EventPlan openForum(String id, LocalDateTime start) {
    return ImmutableEventPlan.builder()
        .id(id)
        .kind(EventKind.OPEN_FORUM)
        .title("Palveluntuottajafoorumi " + start.toLocalDate())
        .start(start)
        .end(start.plusHours(2).plusMinutes(30))
        .venue(ImmutableVenue.builder().name("Sairaala Nova, auditorio").municipality("Jyväskylä").build())
        .remoteConnection(ImmutableRemoteConnection.builder().uri(URI.create("https://teams.example.fi/" + id)).build())
        .convener(SampleYears.COUNTY)
        .chair(SampleYears.person("Hyvinvointialuejohtaja", SampleYears.COUNTY))
        .secretary(SampleYears.person("Kumppanuuskoordinaattori", SampleYears.COUNTY))
        .build();
  }
}
