package fi.hyvinvointialue.forum.secretariat;

import static fi.hyvinvointialue.forum.secretariat.Desk.KEY;
import static fi.hyvinvointialue.forum.secretariat.Desk.SECRETARY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.Channel;
import fi.hyvinvointialue.forum.domain.EventStatus;
import fi.hyvinvointialue.forum.domain.FeedbackComment;
import fi.hyvinvointialue.forum.domain.ImmutableAgendaItem;
import fi.hyvinvointialue.forum.domain.MaterialKind;
import fi.hyvinvointialue.forum.domain.TopicKind;
import fi.hyvinvointialue.forum.domain.YearKey;
import fi.hyvinvointialue.forum.domain.port.CalendarFeeds;
import fi.hyvinvointialue.forum.domain.port.Change;
import fi.hyvinvointialue.forum.domain.port.StorageFailure;
import fi.hyvinvointialue.forum.domain.port.StoredYear;
import fi.hyvinvointialue.forum.domain.port.VersionConflict;
import fi.hyvinvointialue.forum.domain.profile.KeskiSuomi;
import fi.hyvinvointialue.forum.domain.testing.SampleYears;
import fi.hyvinvointialue.forum.domain.testing.TextCalendarPublishing;
import fi.hyvinvointialue.forum.rules.PolicyCheck;
import fi.hyvinvointialue.forum.rules.core.Finding;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each operation lands whole or not at all, once, and never over someone else's change. */
class UnitOfWorkTest {
  private static final String FORUM = "foorumi-2026-1";
  private static final LocalDateTime START = SampleYears.at(2026, 3, 11);
  private static final LocalDateTime END = START.plusHours(2).plusMinutes(30);

  private final Desk desk = new Desk(LocalDateTime.of(2026, 1, 12, 9, 0));
  private final Secretariat secretariat = desk.secretariat;

  @BeforeEach
  void planTheYear() {
    secretariat.planYear(ImmutablePlanYear.builder().year(2026).expectedVersion(0).actor(SECRETARY).requestId("plan")
        .clock(SampleYears.clock(2026)).addEvents(Desk.openForum(FORUM, START)).build());
  }

  @Test
  void aStoreThatFailsLeavesThePreviousYearAndFeed() {
    HookedForumYears failing = new HookedForumYears(desk.forumYears);
    failing.beforeNextSave(() -> {
      throw new StorageFailure("the database is down", null);
    });
    Secretariat onAFailingStore = desk.secretariat(failing, new TextCalendarPublishing(), desk.feeds);
    StoredYear before = desk.forumYears.find(KEY).orElseThrow();
    String feed = desk.feed();

    assertThrows(StorageFailure.class, () -> onAFailingStore.moveEvent(move("move", 1, SampleYears.at(2026, 3, 18))));

    assertEquals(before, desk.forumYears.find(KEY).orElseThrow());
    assertEquals(1, desk.forumYears.history(KEY).size());
    assertEquals(feed, desk.feed());
    assertTrue(feed.contains(FORUM + " | PLANNED | 2026-03-11T13:00"), feed);
  }

  @Test
  void aCalendarThatCannotBeRenderedStopsTheChangeBeforeAnythingIsStored() {
    Secretariat onABrokenRenderer = desk.secretariat(desk.forumYears, (year, profile, settings) -> {
      throw new IllegalArgumentException("the renderer broke");
    }, desk.feeds);
    StoredYear before = desk.forumYears.find(KEY).orElseThrow();

    assertThrows(IllegalArgumentException.class, () -> onABrokenRenderer.cancelEvent(desk.step(FORUM)));

    assertEquals(before, desk.forumYears.find(KEY).orElseThrow());
    assertTrue(desk.feed().contains(FORUM + " | PLANNED |"), desk.feed());
  }

  @Test
  void aFeedThatCannotBePutKeepsThePreviousFeedWholeAndTheRetryPublishesIt() {
    CalendarFeeds failingOnce = new CalendarFeeds() {
      private boolean failed;

      @Override
      public void put(YearKey key, byte[] feed) {
        if (!failed) {
          failed = true;
          throw new StorageFailure("the web server is down", null);
        }
        desk.feeds.put(key, feed);
      }

      @Override
      public Optional<byte[]> find(YearKey key) {
        return desk.feeds.find(key);
      }
    };
    Secretariat withAFlakyFeed = desk.secretariat(desk.forumYears, new TextCalendarPublishing(), failingOnce);
    EventStep cancel = desk.step(FORUM);

    CalendarNotPublished notPublished = assertThrows(CalendarNotPublished.class, () -> withAFlakyFeed.cancelEvent(cancel));

    assertEquals(2, notPublished.outcome().version());
    assertTrue(notPublished.getMessage().contains("keski-suomi/2026 was stored as version 2"), notPublished.getMessage());
    assertTrue(desk.feed().contains(FORUM + " | PLANNED | 2026-03-11T13:00 | 2026-03-11T15:30 | sequence 0 |"), desk.feed());

    Outcome retried = withAFlakyFeed.cancelEvent(cancel);

    assertEquals(2, retried.version());
    assertEquals(2, desk.forumYears.history(KEY).size());
    assertTrue(desk.feed().contains(FORUM + " | CANCELLED | 2026-03-11T13:00 | 2026-03-11T15:30 | sequence 1 |"), desk.feed());
  }

  @Test
  void aStaleVersionIsAConflictNamingTheYearAndStoresNothing() {
    long read = desk.version();
    secretariat.moveEvent(move("first clerk", read, SampleYears.at(2026, 3, 18)));

    VersionConflict conflict = assertThrows(VersionConflict.class,
        () -> secretariat.moveEvent(move("second clerk", read, SampleYears.at(2026, 3, 25))));

    assertEquals(KEY, conflict.key());
    assertEquals(1, conflict.expectedVersion());
    assertEquals(2, conflict.actualVersion());
    assertTrue(conflict.getMessage().contains("keski-suomi/2026"), conflict.getMessage());
    assertEquals(SampleYears.at(2026, 3, 18), desk.forumYears.find(KEY).orElseThrow().year().event(FORUM).orElseThrow().start());
  }

  @Test
  void aWriterWhoGetsInBetweenReadingAndSavingWinsAndTheOtherChangeIsNotLost() {
    HookedForumYears hooked = new HookedForumYears(desk.forumYears);
    Secretariat slowClerk = desk.secretariat(hooked, new TextCalendarPublishing(), desk.feeds);
    hooked.beforeNextSave(() -> secretariat.setAgenda(agenda("agenda", desk.version())));

    assertThrows(VersionConflict.class, () -> slowClerk.announceDate(announce("announce", 1)));
    assertEquals(1, desk.forumYears.find(KEY).orElseThrow().year().event(FORUM).orElseThrow().agenda().size());

    Outcome reapplied = slowClerk.announceDate(announce("announce", desk.version()));

    assertEquals(1, reapplied.year().event(FORUM).orElseThrow().agenda().size());
    assertEquals(1, reapplied.year().event(FORUM).orElseThrow().announcements().size());
    assertEquals(3, reapplied.version());
  }

  @Test
  void ofWritersOfOneVersionOneWinsAndTheOthersLandWhenTheyReapplyToTheNewVersion() throws Exception {
    secretariat.openFeedback(ImmutableOpenFeedback.builder().year(2026).expectedVersion(desk.version()).actor(SECRETARY)
        .requestId("open").eventId(FORUM).opensAt(LocalDateTime.of(2026, 1, 12, 8, 0)).build());
    int writers = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    List<Future<Integer>> conflicts = new ArrayList<>();
    try {
      for (int writer = 0; writer < writers; writer++) {
        String id = "comment-" + writer;
        long version = desk.version();
        conflicts.add(pool.submit(() -> {
          start.await();
          int conflicted = 0;
          long based = version;
          while (true) {
            try {
              secretariat.takeComment(ImmutableTakeComment.builder().year(2026).expectedVersion(based).actor("palaute")
                  .requestId(id).eventId(FORUM).text("Kommentti " + id).build());
              return conflicted;
            } catch (VersionConflict conflict) {
              conflicted++;
              based = conflict.actualVersion();
            }
          }
        }));
      }
      start.countDown();
      int conflicted = 0;
      for (Future<Integer> writer : conflicts) {
        conflicted += writer.get();
      }
      assertTrue(conflicted >= writers - 1, "at least every writer but the first met a conflict, met " + conflicted);
    } finally {
      pool.shutdownNow();
    }

    ImmutableList<FeedbackComment> comments =
        desk.forumYears.find(KEY).orElseThrow().year().event(FORUM).orElseThrow().feedbackWindow().orElseThrow().comments();
    assertEquals(writers, comments.stream().map(FeedbackComment::id).distinct().count());
    assertEquals(2 + writers, desk.forumYears.history(KEY).size());
  }

  @Test
  void aRetriedRequestIsAppliedOnceAndAnswersWithTheYearAsStored() {
    desk.at(END.plusHours(1));
    secretariat.openFeedback(ImmutableOpenFeedback.builder().year(2026).expectedVersion(desk.version()).actor(SECRETARY)
        .requestId("open").eventId(FORUM).build());
    TakeComment comment = ImmutableTakeComment.builder().year(2026).expectedVersion(desk.version()).actor("palaute")
        .requestId("comment-7f3a").eventId(FORUM).text("Hyvä tilaisuus").author("Anna Esimerkki").build();

    Outcome first = secretariat.takeComment(comment);
    Outcome retried = secretariat.takeComment(comment);
    Outcome plannedAgain = secretariat.planYear(ImmutablePlanYear.builder().year(2026).expectedVersion(0)
        .actor(SECRETARY).requestId("plan").clock(SampleYears.clock(2026)).addEvents(Desk.openForum(FORUM, START)).build());

    assertEquals(first.stored(), retried.stored());
    assertEquals(1, plannedAgain.version(), "a retry answers with the version its request made, not a later one");
    assertEquals(desk.forumYears.find(KEY, 1).orElseThrow(), plannedAgain.stored());
    assertEquals(1, retried.year().event(FORUM).orElseThrow().feedbackWindow().orElseThrow().comments().size());
    assertEquals("comment-7f3a", retried.year().event(FORUM).orElseThrow().feedbackWindow().orElseThrow().comments().get(0).id());
    assertEquals(3, desk.forumYears.history(KEY).size());
  }

  @Test
  void anotherRequestReusingAnAppliedIdIsRefusedAndStoresNothing() {
    long read = desk.version();
    secretariat.moveEvent(move("move-1", read, SampleYears.at(2026, 3, 18)));

    Refusal reused = assertThrows(Refusal.class, () -> secretariat.moveEvent(move("move-1", read, SampleYears.at(2026, 3, 25))));

    assertEquals(RefusalReason.REQUEST_ID_REUSED, reused.reason());
    assertTrue(reused.getMessage().contains("made version " + (read + 1)), reused.getMessage());
    assertEquals(read + 1, desk.version());
    assertEquals(SampleYears.at(2026, 3, 18).toLocalDate(),
        desk.forumYears.find(KEY).orElseThrow().year().event(FORUM).orElseThrow().start().toLocalDate());
  }

  @Test
  void aSecretariatOfAServedRecordPushesNoFeedAndStoresTheSame() {
    Secretariat served = new Secretariat(desk.forumYears, PolicyCheck.standard(), KeskiSuomi.profile(), desk.clock);
    String feedBefore = desk.feed();

    Outcome cancelled = served.cancelEvent(desk.step(FORUM));

    assertEquals(EventStatus.CANCELLED, cancelled.year().event(FORUM).orElseThrow().status());
    assertEquals(cancelled.stored(), desk.forumYears.find(KEY).orElseThrow());
    assertEquals(feedBefore, desk.feed(), "no feed is pushed: a server makes it from the store");
  }

  @Test
  void everyChangeRecordsWhoAndWhenAndWhat() {
    desk.at(LocalDateTime.of(2026, 2, 1, 10, 15));
    secretariat.announceDate(ImmutableAnnounceDate.builder().year(2026).expectedVersion(1).actor("viestinta@hyvaks.fi")
        .requestId("announce-1").eventId(FORUM).channel(Channel.NEWSLETTER).build());

    Change change = desk.forumYears.history(KEY).get(1);

    assertEquals("viestinta@hyvaks.fi", change.actor());
    assertEquals(desk.clock.instant(), change.at());
    assertEquals("announce the date in NEWSLETTER of " + FORUM, change.summary());
    assertEquals(Optional.of("announce-1"), change.requestId());
    assertEquals(2, change.version());
  }

  @Test
  void theFindingsAreThePolicysForTheResultAtTheOperationsTime() {
    desk.at(START.minusDays(6));
    Outcome late = secretariat.publishMaterial(ImmutablePublishMaterial.builder().year(2026).expectedVersion(1)
        .actor(SECRETARY).requestId("late").eventId(FORUM).material(MaterialKind.CONTENT).build());

    ImmutableList<Finding> tl41 = late.check().byClause().get("TL-4.1");
    assertTrue(tl41.stream().anyMatch(finding -> "CONTENT".equals(finding.facts().get("material"))
        && "2026-03-05".equals(finding.facts().get("published"))), tl41.toString());
    assertSame(late.check().findings(), late.findings());
    assertEquals(late.check(), secretariat.find(2026).orElseThrow().check());
  }

  private MoveEvent move(String requestId, long version, LocalDateTime start) {
    return ImmutableMoveEvent.builder().year(2026).expectedVersion(version).actor(SECRETARY).requestId(requestId)
        .eventId(FORUM).start(start).end(start.plusHours(2)).build();
  }

  private SetAgenda agenda(String requestId, long version) {
    return ImmutableSetAgenda.builder().year(2026).expectedVersion(version).actor(SECRETARY).requestId(requestId)
        .eventId(FORUM).addItems(ImmutableAgendaItem.builder().id("a1").title("Strategia").topic(TopicKind.GENERAL).build())
        .build();
  }

  private AnnounceDate announce(String requestId, long version) {
    return ImmutableAnnounceDate.builder().year(2026).expectedVersion(version).actor(SECRETARY).requestId(requestId)
        .eventId(FORUM).channel(Channel.NEWSLETTER).build();
  }
}
