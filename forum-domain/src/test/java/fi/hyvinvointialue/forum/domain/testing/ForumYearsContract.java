package fi.hyvinvointialue.forum.domain.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.base.Strings;
import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.EventStatus;
import fi.hyvinvointialue.forum.domain.FeedbackComment;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.ImmutableFeedbackComment;
import fi.hyvinvointialue.forum.domain.ImmutableFeedbackWindow;
import fi.hyvinvointialue.forum.domain.ImmutableForumEvent;
import fi.hyvinvointialue.forum.domain.ImmutableForumYear;
import fi.hyvinvointialue.forum.domain.ImmutableMemo;
import fi.hyvinvointialue.forum.domain.YearKey;
import fi.hyvinvointialue.forum.domain.history.Difference;
import fi.hyvinvointialue.forum.domain.history.EventStamps;
import fi.hyvinvointialue.forum.domain.history.ImmutableDifference;
import fi.hyvinvointialue.forum.domain.history.YearDiff;
import fi.hyvinvointialue.forum.domain.port.Change;
import fi.hyvinvointialue.forum.domain.port.ForumYears;
import fi.hyvinvointialue.forum.domain.port.ImmutableChange;
import fi.hyvinvointialue.forum.domain.port.RequestIdReused;
import fi.hyvinvointialue.forum.domain.port.ScheduledEvent;
import fi.hyvinvointialue.forum.domain.port.StoredYear;
import fi.hyvinvointialue.forum.domain.port.VersionConflict;
import fi.hyvinvointialue.forum.domain.port.YearChange;
import fi.hyvinvointialue.forum.domain.profile.ImmutablePolicyProfile;
import fi.hyvinvointialue.forum.domain.profile.PolicyProfile;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The storage port's contract: every adapter of {@link ForumYears}, the in-memory one included,
 * implements this interface in a test class and so runs the same tests.
 *
 * <p>Each test works on counties of its own, so an adapter may share one store between tests.
 */
public interface ForumYearsContract {
  /** The profile most years are stored with. */
  PolicyProfile PROFILE = SampleYears.profile();

  /** The store under test. */
  ForumYears forumYears();

  private static String freshCounty() {
    return "county-" + UUID.randomUUID();
  }

  private static ForumYear year(String county, int year) {
    return ImmutableForumYear.copyOf(SampleYears.keskiSuomiWithPartnership(year)).withCountyId(county);
  }

  private static ForumYear retitled(ForumYear year, String title) {
    List<ForumEvent> events = new ArrayList<>(year.events());
    events.set(0, ImmutableForumEvent.copyOf(events.get(0)).withTitle(title));
    return ImmutableForumYear.copyOf(year).withEvents(events);
  }

  /** When the contract's changes are made, unless a test says otherwise. */
  Instant AT = Instant.parse("2026-01-15T08:30:00Z");

  private static Change change(String summary) {
    return ImmutableChange.builder().actor("sihteeri@hyvaks.fi").at(AT).summary(summary).build();
  }

  private static Change changeAt(String summary, Instant at) {
    return ImmutableChange.copyOf(change(summary)).withAt(at);
  }

  /** The year as its first save at {@link #AT} stores it. */
  private static ForumYear firstSaved(ForumYear year) {
    return EventStamps.stamp(Optional.empty(), year, AT);
  }

  private static ForumYear withEvent(ForumYear year, int index, ForumEvent event) {
    List<ForumEvent> events = new ArrayList<>(year.events());
    events.set(index, event);
    return ImmutableForumYear.copyOf(year).withEvents(events);
  }

  @Test
  default void aNewYearIsStoredAtVersionOneAndFoundAgainWithEveryField() {
    ForumYear year = year(freshCounty(), 2026);

    StoredYear stored = forumYears().save(year, PROFILE, 0, change("plan the year"));

    assertEquals(1, stored.version());
    assertEquals(StoredYear.of(firstSaved(year), PROFILE, 1), forumYears().find(year.key()).orElseThrow());
    assertEquals(stored, forumYears().find(year.key()).orElseThrow());
  }

  @Test
  default void aYearWithNothingButItsKeyRoundTrips() {
    ForumYear empty = ImmutableForumYear.builder().countyId(freshCounty()).year(2031).build();

    forumYears().save(empty, PROFILE, 0, change("empty"));

    assertEquals(empty, forumYears().find(empty.key()).orElseThrow().year());
  }

  @Test
  default void savingOverTheVersionReadRaisesTheVersion() {
    ForumYear year = year(freshCounty(), 2026);
    forumYears().save(year, PROFILE, 0, change("plan"));
    ForumYear moved = retitled(year, "moved");

    StoredYear stored = forumYears().save(moved, PROFILE, 1, change("drop a forum"));

    assertEquals(2, stored.version());
    assertEquals(EventStamps.stamp(Optional.of(firstSaved(year)), moved, AT), forumYears().find(year.key()).orElseThrow().year());
  }

  @Test
  default void aStaleVersionIsRefusedWithAConflictThatNamesTheRecordAndKeepsTheStoredYear() {
    ForumYear year = year(freshCounty(), 2026);
    forumYears().save(year, PROFILE, 0, change("plan"));
    forumYears().save(year, PROFILE, 1, change("touch"));

    VersionConflict conflict =
        assertThrows(VersionConflict.class, () -> forumYears().save(ImmutableForumYear.copyOf(year).withEvents(), PROFILE, 1, change("stale")));

    assertEquals(year.key(), conflict.key());
    assertEquals(1, conflict.expectedVersion());
    assertEquals(2, conflict.actualVersion());
    assertTrue(conflict.getMessage().contains(year.countyId() + "/2026"), conflict.getMessage());
    assertEquals(StoredYear.of(firstSaved(year), PROFILE, 2), forumYears().find(year.key()).orElseThrow());
  }

  @Test
  default void creatingAYearThatExistsIsAConflict() {
    ForumYear year = year(freshCounty(), 2026);
    forumYears().save(year, PROFILE, 0, change("plan"));

    assertThrows(VersionConflict.class, () -> forumYears().save(year, PROFILE, 0, change("plan again")));
  }

  @Test
  default void anUnknownYearIsNotFound() {
    assertTrue(forumYears().find(YearKey.of(freshCounty(), 2026)).isEmpty());
    assertTrue(forumYears().history(YearKey.of(freshCounty(), 2026)).isEmpty());
  }

  @Test
  default void aCountysYearsAreListedEarliestFirstAndNoOtherCountys() {
    String county = freshCounty();
    String other = freshCounty();
    for (int year : new int[] {2028, 2026, 2027}) {
      forumYears().save(year(county, year), PROFILE, 0, change("plan " + year));
    }
    forumYears().save(year(other, 2030), PROFILE, 0, change("other county"));

    assertEquals(ImmutableList.of(2026, 2027, 2028), forumYears().years(county));
  }

  @Test
  default void everyCountyWithAStoredYearIsListedOnceInTheOrderOfItsId() {
    String county = freshCounty();
    String other = freshCounty();
    forumYears().save(year(county, 2026), PROFILE, 0, change("plan 2026"));
    forumYears().save(year(county, 2027), PROFILE, 0, change("plan 2027"));
    forumYears().save(year(other, 2026), PROFILE, 0, change("other county"));

    ImmutableList<String> counties = forumYears().counties();

    assertEquals(ImmutableList.of(county, other).stream().sorted().collect(ImmutableList.toImmutableList()),
        counties.stream().filter(id -> id.equals(county) || id.equals(other)).collect(ImmutableList.toImmutableList()));
    assertEquals(counties.stream().distinct().sorted().collect(ImmutableList.toImmutableList()), counties);
  }

  @Test
  default void everyChangeIsInTheHistoryWithWhoWhenAndTheVersionItMade() {
    ForumYear year = year(freshCounty(), 2026);
    Change first = ImmutableChange.builder().actor("a").at(Instant.parse("2026-01-01T10:00:00Z")).summary("plan").requestId("r-1")
        .requestDigest("sha256:8f43").build();
    Change second = ImmutableChange.builder().actor("b").at(Instant.parse("2026-02-01T10:00:00.123456Z")).summary("move").build();
    forumYears().save(year, PROFILE, 0, first);
    forumYears().save(year, PROFILE, 1, second);

    assertEquals(
        ImmutableList.of(ImmutableChange.copyOf(first).withVersion(1), ImmutableChange.copyOf(second).withVersion(2)),
        forumYears().history(year.key()));
  }

  @Test
  default void aRetriedRequestIsAppliedOnce() {
    ForumYear year = year(freshCounty(), 2026);
    Change change = ImmutableChange.copyOf(change("plan")).withRequestId("request-42");

    StoredYear first = forumYears().save(year, PROFILE, 0, change);
    StoredYear retried = forumYears().save(year, PROFILE, 0, change);

    assertEquals(first, retried);
    assertEquals(1, forumYears().history(year.key()).size());
  }

  @Test
  default void anotherRequestReusingAnAppliedIdIsRefusedAndARetryIsNot() {
    ForumYear year = year(freshCounty(), 2026);
    Change first = ImmutableChange.copyOf(change("plan")).withRequestId("request-7").withRequestDigest("sha256:aa");
    Change other = ImmutableChange.copyOf(first).withRequestDigest("sha256:bb");
    Change withoutDigest = ImmutableChange.copyOf(first).withRequestDigest(Optional.empty());

    StoredYear stored = forumYears().save(year, PROFILE, 0, first);
    RequestIdReused reused = assertThrows(RequestIdReused.class, () -> forumYears().save(year, PROFILE, 1, other));

    assertEquals(1, reused.version());
    assertEquals(stored, forumYears().save(year, PROFILE, 0, first), "the same request again is a retry");
    assertEquals(stored, forumYears().save(year, PROFILE, 0, withoutDigest), "a change without a digest is taken for a retry");
    assertEquals(1, forumYears().history(year.key()).size());
  }

  @Test
  default void textIsKeptVerbatim() {
    String county = freshCounty();
    ImmutableList<String> texts =
        ImmutableList.of(
            "Äänekosken ja Jyväskylän yhteinen foorumi – ÅÄÖ åäö",
            "Mellersta Finlands välfärdsområde: Jämsä–Joutsa",
            "Emoji 🎉👩🏽‍⚕️ and a zero-width joiner",
            "'; DROP TABLE forum_year; --",
            "Robert\"); DELETE FROM events WHERE ('1'='1",
            "line one\nline two\r\nline three\ttabbed \\ backslash",
            Strings.repeat("Pitkä teksti 🎉 ", 20_000));
    ForumYear base = year(county, 2026);
    ForumEvent first = base.events().get(0);
    List<ForumEvent> events = new ArrayList<>(base.events());
    events.set(0,
        ImmutableForumEvent.copyOf(first)
            .withTitle(texts.get(0))
            .withAdditionalReason(texts.get(1))
            .withMemo(ImmutableMemo.copyOf(first.memo().orElseThrow()).withIncludedCommentIds())
            .withFeedbackWindow(
                ImmutableFeedbackWindow.copyOf(first.feedbackWindow().orElseThrow())
                    .withComments(
                        texts.stream()
                            .map(text -> ImmutableFeedbackComment.builder()
                                .id("c" + texts.indexOf(text))
                                .receivedAt(first.end().plusDays(1))
                                .text(text)
                                .author(text.substring(0, Math.min(text.length(), 40)))
                                .build())
                            .collect(ImmutableList.toImmutableList()))));
    ForumYear year = ImmutableForumYear.copyOf(base).withEvents(events);

    forumYears().save(year, PROFILE, 0, change(texts.get(2)));

    assertEquals(firstSaved(year), forumYears().find(year.key()).orElseThrow().year());
    assertEquals(texts.get(2), forumYears().history(year.key()).get(0).summary());
  }

  @Test
  default void ofConcurrentWritersOfOneVersionExactlyOneWins() throws InterruptedException {
    ForumYear year = year(freshCounty(), 2026);
    forumYears().save(year, PROFILE, 0, change("plan"));
    int writers = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    List<Future<StoredYear>> results = new ArrayList<>();
    try {
      for (int writer = 0; writer < writers; writer++) {
        ForumYear edited = retitled(year, "writer " + writer);
        Callable<StoredYear> save = () -> {
          start.await();
          return forumYears().save(edited, PROFILE, 1, change("writer"));
        };
        results.add(pool.submit(save));
      }
      start.countDown();
      int won = 0;
      int conflicts = 0;
      StoredYear winner = null;
      for (Future<StoredYear> result : results) {
        try {
          winner = result.get(60, TimeUnit.SECONDS);
          won++;
        } catch (ExecutionException e) {
          assertTrue(e.getCause() instanceof VersionConflict, () -> "expected a conflict, got " + e.getCause());
          conflicts++;
        } catch (java.util.concurrent.TimeoutException e) {
          throw new AssertionError("a writer did not finish", e);
        }
      }
      assertEquals(1, won);
      assertEquals(writers - 1, conflicts);
      assertEquals(winner, forumYears().find(year.key()).orElseThrow());
      assertEquals(2, forumYears().history(year.key()).size());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  default void everyVersionIsKeptWithTheProfileItWasSavedWith() {
    ForumYear year = year(freshCounty(), 2026);
    PolicyProfile ownProfile = ImmutablePolicyProfile.copyOf(PROFILE).withId("oma-alue").withVersion("2026.1").withFeedbackMinDays(10);
    forumYears().save(year, PROFILE, 0, change("plan"));
    ForumYear moved = retitled(year, "moved");
    forumYears().save(moved, ownProfile, 1, change("own profile"));

    ForumYear movedStamped = EventStamps.stamp(Optional.of(firstSaved(year)), moved, AT);
    assertEquals(StoredYear.of(firstSaved(year), PROFILE, 1), forumYears().find(year.key(), 1).orElseThrow());
    assertEquals(StoredYear.of(movedStamped, ownProfile, 2), forumYears().find(year.key(), 2).orElseThrow());
    assertEquals(StoredYear.of(movedStamped, ownProfile, 2), forumYears().find(year.key()).orElseThrow());
    assertTrue(forumYears().find(year.key(), 3).isEmpty());
    assertTrue(forumYears().find(year.key(), 0).isEmpty());
  }

  @Test
  default void aRetriedRequestReturnsTheVersionItMadeEvenAfterLaterOnes() {
    ForumYear year = year(freshCounty(), 2026);
    Change first = ImmutableChange.copyOf(change("plan")).withRequestId("request-1");
    StoredYear made = forumYears().save(year, PROFILE, 0, first);
    forumYears().save(retitled(year, "later"), PROFILE, 1, change("later"));

    assertEquals(made, forumYears().save(year, PROFILE, 0, first));
    assertEquals(2, forumYears().history(year.key()).size());
  }

  @Test
  default void theDifferenceBetweenVersionsMatchesEventsByIdNotByPosition() {
    ForumYear year = year(freshCounty(), 2026);
    ForumEvent inserted = ImmutableForumEvent.copyOf(year.events().get(0)).withId("uusi-foorumi")
        .withStart(year.events().get(0).start().minusDays(30)).withEnd(year.events().get(0).end().minusDays(30));
    ForumYear withOneMore = ImmutableForumYear.copyOf(year)
        .withEvents(ImmutableList.<ForumEvent>builder().add(inserted).addAll(year.events()).build());
    forumYears().save(year, PROFILE, 0, change("plan"));
    forumYears().save(withOneMore, PROFILE, 1, change("insert a forum first"));
    forumYears().save(retitled(withOneMore, "Uusi otsikko"), PROFILE, 2, change("retitle it"));

    YearDiff inserting = forumYears().diff(year.key(), 1, 2).orElseThrow();
    YearDiff retitling = forumYears().diff(year.key(), 2, 3).orElseThrow();

    assertEquals(1, inserting.differences().size(), inserting.toString());
    assertEquals("events[uusi-foorumi]", inserting.differences().get(0).path());
    assertEquals(Difference.Kind.ADDED, inserting.differences().get(0).kind());
    assertTrue(retitling.differences().contains(ImmutableDifference.of("events[uusi-foorumi].title", Difference.Kind.CHANGED,
        Optional.of(inserted.title()), Optional.of("Uusi otsikko"))), retitling.toString());
    assertEquals(ImmutableList.of("events[uusi-foorumi].lastModified", "events[uusi-foorumi].title"),
        retitling.differences().stream().map(Difference::path).sorted().collect(ImmutableList.toImmutableList()),
        "the title, and the time it changed");
    assertTrue(forumYears().diff(year.key(), 1, 9).isEmpty());
  }

  @Test
  default void instantsAndTimesComeBackToTheNanosecond() {
    ForumYear base = year(freshCounty(), 2026);
    ForumEvent first = base.events().get(0);
    ForumEvent precise = ImmutableForumEvent.copyOf(first)
        .withCreated(Instant.parse("2026-01-02T03:04:05.123456789Z"))
        .withLastModified(Instant.parse("2026-01-03T03:04:05.000000001Z"))
        .withFeedbackWindow(ImmutableFeedbackWindow.copyOf(first.feedbackWindow().orElseThrow())
            .withComments(ImmutableList.<FeedbackComment>builder().addAll(first.feedbackWindow().orElseThrow().comments())
                .add(ImmutableFeedbackComment.builder().id("tarkka").receivedAt(first.end().plusDays(1).plusNanos(987_654_321))
                    .text("kommentti").build()).build()));
    ForumYear year = ImmutableForumYear.copyOf(base).withEvents(ImmutableList.<ForumEvent>builder()
        .add(precise).addAll(base.events().subList(1, base.events().size())).build());
    Change change = ImmutableChange.copyOf(change("precise")).withAt(Instant.parse("2026-01-15T08:30:00.123456789Z"));

    forumYears().save(year, PROFILE, 0, change);

    assertEquals(EventStamps.stamp(Optional.empty(), year, change.at()), forumYears().find(year.key()).orElseThrow().year());
    assertEquals(precise.created(), forumYears().find(year.key()).orElseThrow().year().events().get(0).created());
    assertEquals(ImmutableChange.copyOf(change).withVersion(1), forumYears().history(year.key()).get(0));
  }

  @Test
  default void theEventsOfEveryCountyAreReadInOrderFromTheCurrentVersions() {
    String early = freshCounty();
    String late = freshCounty();
    ForumYear earlyYear = year(early, 2091);
    ForumYear lateYear = year(late, 2091);
    forumYears().save(earlyYear, PROFILE, 0, change("plan"));
    forumYears().save(lateYear, PROFILE, 0, change("plan"));
    ForumEvent moved = ImmutableForumEvent.copyOf(lateYear.events().get(0))
        .withStart(lateYear.events().get(0).start().plusMinutes(1)).withEnd(lateYear.events().get(0).end().plusMinutes(1));
    ForumYear movedYear = ImmutableForumYear.copyOf(lateYear).withEvents(ImmutableList.<ForumEvent>builder()
        .add(moved).addAll(lateYear.events().subList(1, lateYear.events().size())).build());
    forumYears().save(movedYear, PROFILE, 1, change("a minute later"));
    Instant from = earlyYear.events().get(0).startInstant();

    ImmutableList<ScheduledEvent> next = forumYears().eventsFrom(from, 2 * earlyYear.events().size()).stream()
        .filter(event -> event.year().countyId().equals(early) || event.year().countyId().equals(late))
        .collect(ImmutableList.toImmutableList());

    assertEquals(ScheduledEvent.of(earlyYear.key(), earlyYear.events().get(0)), next.get(0));
    assertEquals(ScheduledEvent.of(movedYear.key(), moved), next.get(1), "the current version's time, once");
    assertEquals(1, next.stream().filter(event -> event.year().countyId().equals(late) && event.eventId().equals(moved.id())).count());
    assertTrue(next.stream().map(ScheduledEvent::startInstant).allMatch(start -> !start.isBefore(from)));
    assertEquals(ImmutableList.sortedCopyOf(java.util.Comparator.comparing(ScheduledEvent::startInstant), next), next);
    assertEquals(3, forumYears().eventsFrom(from, 3).size(), "at most the limit");
  }

  @Test
  default void theYearsChangedSinceAMomentComeWithTheirNewestVersionEarliestFirst() {
    String first = freshCounty();
    String second = freshCounty();
    Instant since = Instant.parse("2031-03-01T10:00:00.000000500Z");
    forumYears().save(year(first, 2026), PROFILE, 0, changeAt(since.minusNanos(1)));
    forumYears().save(year(second, 2026), PROFILE, 0, changeAt(since.plusNanos(1)));
    forumYears().save(year(first, 2026), PROFILE, 1, changeAt(since.plusSeconds(5)));
    forumYears().save(year(first, 2027), PROFILE, 0, changeAt(since));
    forumYears().save(year(second, 2026), PROFILE, 1, changeAt(since.plusSeconds(2)));
    forumYears().save(year(second, 2026), PROFILE, 2, changeAt(since.plusSeconds(3)));

    List<YearChange> changed = forumYears().changedSince(since).stream()
        .filter(change -> change.key().countyId().equals(first) || change.key().countyId().equals(second))
        .collect(Collectors.toList());

    assertEquals(List.of(
        YearChange.of(YearKey.of(second, 2026), 3, since.plusSeconds(3)),
        YearChange.of(YearKey.of(first, 2026), 2, since.plusSeconds(5))), changed);
  }

  private static Change changeAt(Instant at) {
    return ImmutableChange.builder().actor("sihteeri@hyvaks.fi").at(at).summary("muutos").build();
  }

  @Test
  default void aRewriteReachesEveryVersionAndKeepsTheirHistoryAndTheCurrentEvents() {
    ForumYear year = year(freshCounty(), 2026);
    forumYears().save(year, PROFILE, 0, change("plan"));
    forumYears().save(retitled(year, "second"), PROFILE, 1, change("retitle"));
    ImmutableList<Change> history = forumYears().history(year.key());
    String author = year.events().get(0).feedbackWindow().orElseThrow().comments().get(0).author().orElseThrow();

    int changed = forumYears().rewriteEveryVersion(year.key(), ContractYears::withoutCommentAuthors);

    assertEquals(2, changed);
    for (long version = 1; version <= 2; version++) {
      ForumYear stored = forumYears().find(year.key(), version).orElseThrow().year();
      assertTrue(stored.events().stream().flatMap(event -> event.feedbackWindow().stream())
          .flatMap(window -> window.comments().stream()).allMatch(comment -> comment.author().isEmpty()), "version " + version);
      assertTrue(!stored.toString().contains(author), "version " + version + " still names " + author);
    }
    assertEquals("second", forumYears().find(year.key()).orElseThrow().year().events().get(0).title());
    assertEquals(history, forumYears().history(year.key()));
    assertEquals(0, forumYears().rewriteEveryVersion(year.key(), ContractYears::withoutCommentAuthors), "nothing left to change");
    assertEquals(0, forumYears().rewriteEveryVersion(YearKey.of(freshCounty(), 2026), ContractYears::withoutCommentAuthors));
  }

  @Test
  default void anEventGetsItsUidAtItsFirstSaveAndKeepsItWhateverALaterPlanSays() {
    ForumYear year = year(freshCounty(), 2026);
    ForumEvent first = year.events().get(0);
    StoredYear stored = forumYears().save(year, PROFILE, 0, change("plan"));
    ForumEvent saved = stored.year().events().get(0);

    assertEquals(Optional.of(EventStamps.uid(year.key(), first.id())), saved.uid());
    assertEquals(first.created().or(() -> Optional.of(AT)), saved.created());
    assertEquals(0, saved.sequence());
    assertTrue(stored.year().events().stream().allMatch(event -> event.uid().isPresent() && event.lastModified().isPresent()));

    ForumYear otherUid = withEvent(stored.year(), 0, ImmutableForumEvent.copyOf(saved).withUid("toinen@example.fi"));
    forumYears().save(otherUid, PROFILE, 1, changeAt("a plan naming another uid", AT.plusSeconds(60)));
    forumYears().save(withEvent(year, 0, ImmutableForumEvent.copyOf(first).withTitle("ilman leimoja")), PROFILE, 2,
        changeAt("a plan without stamps", AT.plusSeconds(120)));

    assertEquals(saved.uid(), forumYears().find(year.key()).orElseThrow().year().events().get(0).uid());
    assertEquals(saved.created(), forumYears().find(year.key()).orElseThrow().year().events().get(0).created());
  }

  @Test
  default void aMovedOrCancelledEventRisesInSequenceOnceAnEditedOneIsOnlyModifiedAndAnUntouchedOneKeepsItsStamps() {
    ForumYear year = year(freshCounty(), 2026);
    ForumYear v1 = forumYears().save(year, PROFILE, 0, change("plan")).year();
    ForumEvent moved = v1.events().get(0);
    ForumEvent cancelled = v1.events().get(1);
    ForumEvent retitled = v1.events().get(2);
    Instant later = AT.plusSeconds(3_600);
    ForumYear edited = withEvent(withEvent(withEvent(v1, 0,
        ImmutableForumEvent.copyOf(moved).withEnd(moved.end().plusDays(1)).withStart(moved.start().plusDays(1))), 1,
        ImmutableForumEvent.copyOf(cancelled).withStatus(EventStatus.CANCELLED)), 2,
        ImmutableForumEvent.copyOf(retitled).withTitle("Uusi otsikko"));

    ForumYear v2 = forumYears().save(edited, PROFILE, 1, changeAt("move, cancel, retitle", later)).year();

    assertEquals(1, v2.events().get(0).sequence());
    assertEquals(Optional.of(later), v2.events().get(0).lastModified());
    assertEquals(1, v2.events().get(1).sequence());
    assertEquals(Optional.of(later), v2.events().get(1).lastModified());
    assertEquals(0, v2.events().get(2).sequence(), "a new title is no new time, place or status");
    assertEquals(Optional.of(later), v2.events().get(2).lastModified());
    for (int untouched = 3; untouched < v1.events().size(); untouched++) {
      assertEquals(v1.events().get(untouched), v2.events().get(untouched));
    }
    assertEquals(v2, forumYears().find(year.key()).orElseThrow().year());

    ForumYear v3 = forumYears().save(v2, PROFILE, 2, changeAt("store the same again", later.plusSeconds(60))).year();
    assertEquals(v2, v3, "nothing changed, nothing counted");
  }

  @Test
  default void aPlanNamingALowerSequenceDoesNotLowerTheStoredOneNorDoesOneThatRaisesItItselfCountTwice() {
    ForumYear year = year(freshCounty(), 2026);
    ForumYear v1 = forumYears().save(year, PROFILE, 0, change("plan")).year();
    ForumEvent event = v1.events().get(0);
    ImmutableForumEvent cancelled = ImmutableForumEvent.copyOf(event).withStatus(EventStatus.CANCELLED);
    forumYears().save(withEvent(v1, 0, cancelled.withSequence(event.sequence() + 1)), PROFILE, 1, changeAt("cancel", AT.plusSeconds(60)));
    ForumYear fromAPlanFile = withEvent(year, 0, ImmutableForumEvent.copyOf(cancelled).withUid(Optional.empty()).withSequence(0));

    ForumYear v3 = forumYears().save(fromAPlanFile, PROFILE, 2, changeAt("the plan file again", AT.plusSeconds(120))).year();

    assertEquals(1, forumYears().find(year.key(), 2).orElseThrow().year().events().get(0).sequence());
    assertEquals(1, v3.events().get(0).sequence());
    assertEquals(Optional.of(AT.plusSeconds(60)), v3.events().get(0).lastModified());
  }

  @Test
  default void aYearStoredAfreshKeepsTheStampsItsEventsCarry() {
    ForumYear year = year(freshCounty(), 2026);
    ForumEvent exported = ImmutableForumEvent.copyOf(year.events().get(0)).withUid("vienti@hyvaks.fi").withSequence(5)
        .withCreated(Instant.parse("2025-11-01T10:00:00Z")).withLastModified(Instant.parse("2025-12-01T10:00:00Z"));
    ForumYear restored = withEvent(year, 0, exported);

    forumYears().save(restored, PROFILE, 0, change("restore from an export"));

    assertEquals(exported, forumYears().find(year.key()).orElseThrow().year().events().get(0));
  }

  /** Rewrites the contract applies. */
  final class ContractYears {
    private ContractYears() {}

    static ForumYear withoutCommentAuthors(ForumYear year) {
      return ImmutableForumYear.copyOf(year).withEvents(year.events().stream()
          .map(event -> event.feedbackWindow().isEmpty() ? event : ImmutableForumEvent.copyOf(event).withFeedbackWindow(
              ImmutableFeedbackWindow.copyOf(event.feedbackWindow().get()).withComments(event.feedbackWindow().get().comments().stream()
                  .map(comment -> ImmutableFeedbackComment.copyOf(comment).withAuthor(Optional.empty()))
                  .collect(ImmutableList.toImmutableList()))))
          .collect(ImmutableList.toImmutableList()));
    }
  }
}
