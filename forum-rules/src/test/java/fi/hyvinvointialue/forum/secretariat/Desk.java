package fi.hyvinvointialue.forum.secretariat;

import fi.hyvinvointialue.forum.domain.EventKind;
import fi.hyvinvointialue.forum.domain.ImmutableRemoteConnection;
import fi.hyvinvointialue.forum.domain.ImmutableVenue;
import fi.hyvinvointialue.forum.domain.memory.InMemoryCalendarFeeds;
import fi.hyvinvointialue.forum.domain.memory.InMemoryForumYears;
import fi.hyvinvointialue.forum.domain.port.CalendarFeeds;
import fi.hyvinvointialue.forum.domain.port.CalendarPublishing;
import fi.hyvinvointialue.forum.domain.port.FeedSettings;
import fi.hyvinvointialue.forum.domain.port.ForumYears;
import fi.hyvinvointialue.forum.domain.port.ImmutableFeedSettings;
import fi.hyvinvointialue.forum.domain.profile.KeskiSuomi;
import fi.hyvinvointialue.forum.domain.testing.SampleYears;
import fi.hyvinvointialue.forum.domain.testing.TextCalendarPublishing;
import fi.hyvinvointialue.forum.rules.PolicyCheck;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;

/** A secretariat on the in-memory adapters with a clock the test moves: the tests' shared setting. */
final class Desk {
  static final String SECRETARY = "sihteeri@hyvaks.fi";
  static final FeedSettings FEED = ImmutableFeedSettings.builder().uidDomain("forum.hyvaks.fi").build();

  final InMemoryForumYears forumYears = new InMemoryForumYears();
  final InMemoryCalendarFeeds feeds = new InMemoryCalendarFeeds();
  final MovableClock clock;
  final Secretariat secretariat;

  Desk(LocalDateTime helsinkiNow) {
    this.clock = new MovableClock(helsinkiNow);
    this.secretariat = secretariat(forumYears, new TextCalendarPublishing(), feeds);
  }

  /** Another secretariat on this desk's clock, over the given ports (wrappers that fail, say). */
  Secretariat secretariat(ForumYears years, CalendarPublishing publishing, CalendarFeeds calendarFeeds) {
    return new Secretariat(years, publishing, calendarFeeds, PolicyCheck.standard(), KeskiSuomi.profile(), FEED, clock);
  }

  void at(LocalDateTime helsinkiTime) {
    clock.set(helsinkiTime);
  }

  String feed(int year) {
    return new String(feeds.find(SampleYears.keskiSuomi(year).key()).orElseThrow(), StandardCharsets.UTF_8);
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
