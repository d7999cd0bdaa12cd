package fi.hyvinvointialue.forum.domain.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.base.Strings;
import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.ImmutableFeedbackComment;
import fi.hyvinvointialue.forum.domain.ImmutableFeedbackWindow;
import fi.hyvinvointialue.forum.domain.ImmutableForumEvent;
import fi.hyvinvointialue.forum.domain.ImmutableForumYear;
import fi.hyvinvointialue.forum.domain.ImmutableMemo;
import fi.hyvinvointialue.forum.domain.YearKey;
import fi.hyvinvointialue.forum.domain.port.Change;
import fi.hyvinvointialue.forum.domain.port.ForumYears;
import fi.hyvinvointialue.forum.domain.port.ImmutableChange;
import fi.hyvinvointialue.forum.domain.port.StoredYear;
import fi.hyvinvointialue.forum.domain.port.VersionConflict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The storage port's contract: every adapter of {@link ForumYears}, the in-memory one included,
 * implements this interface in a test class and so runs the same tests.
 *
 * <p>Each test works on counties of its own, so an adapter may share one store between tests.
 */
public interface ForumYearsContract {
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

  private static Change change(String summary) {
    return ImmutableChange.builder().actor("sihteeri@hyvaks.fi").at(Instant.parse("2026-01-15T08:30:00Z")).summary(summary).build();
  }

  @Test
  default void aNewYearIsStoredAtVersionOneAndFoundAgainWithEveryField() {
    ForumYear year = year(freshCounty(), 2026);

    StoredYear stored = forumYears().save(year, 0, change("plan the year"));

    assertEquals(1, stored.version());
    assertEquals(StoredYear.of(year, 1), forumYears().find(year.key()).orElseThrow());
  }

  @Test
  default void aYearWithNothingButItsKeyRoundTrips() {
    ForumYear empty = ImmutableForumYear.builder().countyId(freshCounty()).year(2031).build();

    forumYears().save(empty, 0, change("empty"));

    assertEquals(empty, forumYears().find(empty.key()).orElseThrow().year());
  }

  @Test
  default void savingOverTheVersionReadRaisesTheVersion() {
    ForumYear year = year(freshCounty(), 2026);
    forumYears().save(year, 0, change("plan"));
    ForumYear moved = retitled(year, "moved");

    StoredYear stored = forumYears().save(moved, 1, change("drop a forum"));

    assertEquals(2, stored.version());
    assertEquals(moved, forumYears().find(year.key()).orElseThrow().year());
  }

  @Test
  default void aStaleVersionIsRefusedWithAConflictThatNamesTheRecordAndKeepsTheStoredYear() {
    ForumYear year = year(freshCounty(), 2026);
    forumYears().save(year, 0, change("plan"));
    forumYears().save(year, 1, change("touch"));

    VersionConflict conflict =
        assertThrows(VersionConflict.class, () -> forumYears().save(ImmutableForumYear.copyOf(year).withEvents(), 1, change("stale")));

    assertEquals(year.key(), conflict.key());
    assertEquals(1, conflict.expectedVersion());
    assertEquals(2, conflict.actualVersion());
    assertTrue(conflict.getMessage().contains(year.countyId() + "/2026"), conflict.getMessage());
    assertEquals(StoredYear.of(year, 2), forumYears().find(year.key()).orElseThrow());
  }

  @Test
  default void creatingAYearThatExistsIsAConflict() {
    ForumYear year = year(freshCounty(), 2026);
    forumYears().save(year, 0, change("plan"));

    assertThrows(VersionConflict.class, () -> forumYears().save(year, 0, change("plan again")));
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
      forumYears().save(year(county, year), 0, change("plan " + year));
    }
    forumYears().save(year(other, 2030), 0, change("other county"));

    assertEquals(ImmutableList.of(2026, 2027, 2028), forumYears().years(county));
  }

  @Test
  default void everyChangeIsInTheHistoryWithWhoWhenAndTheVersionItMade() {
    ForumYear year = year(freshCounty(), 2026);
    Change first = ImmutableChange.builder().actor("a").at(Instant.parse("2026-01-01T10:00:00Z")).summary("plan").requestId("r-1").build();
    Change second = ImmutableChange.builder().actor("b").at(Instant.parse("2026-02-01T10:00:00.123456Z")).summary("move").build();
    forumYears().save(year, 0, first);
    forumYears().save(year, 1, second);

    assertEquals(
        ImmutableList.of(ImmutableChange.copyOf(first).withVersion(1), ImmutableChange.copyOf(second).withVersion(2)),
        forumYears().history(year.key()));
  }

  @Test
  default void aRetriedRequestIsAppliedOnce() {
    ForumYear year = year(freshCounty(), 2026);
    Change change = ImmutableChange.copyOf(change("plan")).withRequestId("request-42");

    StoredYear first = forumYears().save(year, 0, change);
    StoredYear retried = forumYears().save(year, 0, change);

    assertEquals(first, retried);
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

    forumYears().save(year, 0, change(texts.get(2)));

    assertEquals(year, forumYears().find(year.key()).orElseThrow().year());
    assertEquals(texts.get(2), forumYears().history(year.key()).get(0).summary());
  }

  @Test
  default void ofConcurrentWritersOfOneVersionExactlyOneWins() throws InterruptedException {
    ForumYear year = year(freshCounty(), 2026);
    forumYears().save(year, 0, change("plan"));
    int writers = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    List<Future<StoredYear>> results = new ArrayList<>();
    try {
      for (int writer = 0; writer < writers; writer++) {
        ForumYear edited = retitled(year, "writer " + writer);
        Callable<StoredYear> save = () -> {
          start.await();
          return forumYears().save(edited, 1, change("writer"));
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
}
