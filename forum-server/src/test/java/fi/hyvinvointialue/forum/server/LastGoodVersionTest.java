package fi.hyvinvointialue.forum.server;

import static fi.hyvinvointialue.forum.server.TestServers.get;
import static fi.hyvinvointialue.forum.server.TestServers.store;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.ImmutableForumYear;
import fi.hyvinvointialue.forum.domain.YearKey;
import fi.hyvinvointialue.forum.domain.memory.InMemoryForumYears;
import fi.hyvinvointialue.forum.domain.port.Change;
import fi.hyvinvointialue.forum.domain.port.ForumYears;
import fi.hyvinvointialue.forum.domain.port.ScheduledEvent;
import fi.hyvinvointialue.forum.domain.port.StorageFailure;
import fi.hyvinvointialue.forum.domain.port.StoredYear;
import fi.hyvinvointialue.forum.domain.port.YearChange;
import fi.hyvinvointialue.forum.domain.profile.PolicyProfile;
import fi.hyvinvointialue.forum.domain.testing.SampleYears;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** With the store down, the last version read is served; a year never read is a 503; it recovers. */
class LastGoodVersionTest {
  /** A store that can be switched off: every read then fails as a lost database does. */
  private static final class SwitchedStore implements ForumYears {
    private final InMemoryForumYears store = new InMemoryForumYears();
    private volatile boolean down;

    private void check() {
      if (down) {
        throw new StorageFailure("connection refused", null);
      }
    }

    @Override
    public StoredYear save(ForumYear year, PolicyProfile profile, long expectedVersion, Change change) {
      check();
      return store.save(year, profile, expectedVersion, change);
    }

    @Override
    public Optional<StoredYear> find(YearKey key) {
      check();
      return store.find(key);
    }

    @Override
    public Optional<StoredYear> find(YearKey key, long version) {
      check();
      return store.find(key, version);
    }

    @Override
    public ImmutableList<String> counties() {
      check();
      return store.counties();
    }

    @Override
    public ImmutableList<Integer> years(String countyId) {
      check();
      return store.years(countyId);
    }

    @Override
    public ImmutableList<Change> history(YearKey key) {
      check();
      return store.history(key);
    }

    @Override
    public ImmutableList<ScheduledEvent> eventsFrom(Instant from, int limit) {
      check();
      return store.eventsFrom(from, limit);
    }

    @Override
    public ImmutableList<YearChange> changedSince(Instant since) {
      check();
      return store.changedSince(since);
    }

    @Override
    public int rewriteEveryVersion(YearKey key, UnaryOperator<ForumYear> rewrite) {
      check();
      return store.rewriteEveryVersion(key, rewrite);
    }
  }

  @Test
  void servesTheLastGoodFeedAndPageWhileTheStoreIsDownAndRecovers() {
    SwitchedStore store = new SwitchedStore();
    store(store, SampleYears.keskiSuomi(2026), 0, TestServers.NOW);
    try (ForumServer server = new ForumServer(TestServers.settings(store).build())) {
      int port = server.start(0);
      HttpResponse<byte[]> feed = get(port, "/keski-suomi/2026.ics");
      HttpResponse<byte[]> page = get(port, "/keski-suomi/2026/en/");

      store.down = true;

      assertEquals(200, get(port, "/keski-suomi/2026.ics").statusCode());
      assertArrayEquals(feed.body(), get(port, "/keski-suomi/2026.ics").body());
      assertArrayEquals(page.body(), get(port, "/keski-suomi/2026/en/").body());
      assertEquals(503, get(port, "/health").statusCode());
      assertEquals(503, get(port, "/keski-suomi/2027.ics").statusCode(), "a year never read cannot be served");

      store.down = false;
      store(store, ImmutableForumYear.copyOf(SampleYears.keskiSuomi(2026)).withEvents(SampleYears.keskiSuomi(2026).events().subList(0, 1)),
          1, TestServers.NOW.plusSeconds(60));

      assertEquals(200, get(port, "/health").statusCode());
      assertNotEquals(feed.headers().firstValue("ETag"), get(port, "/keski-suomi/2026.ics").headers().firstValue("ETag"));
      assertEquals(404, get(port, "/keski-suomi/2027.ics").statusCode());
    }
  }
}
