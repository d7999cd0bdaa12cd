package fi.hyvinvointialue.forum.server.api;

import static fi.hyvinvointialue.forum.server.api.ApiFixture.YEAR_PATH;
import static fi.hyvinvointialue.forum.server.api.ApiFixture.etag;
import static fi.hyvinvointialue.forum.server.api.ApiFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.ImmutableForumYear;
import fi.hyvinvointialue.forum.domain.Organisation;
import fi.hyvinvointialue.forum.domain.OrganisationKind;
import fi.hyvinvointialue.forum.domain.port.Change;
import fi.hyvinvointialue.forum.domain.port.TokenRole;
import fi.hyvinvointialue.forum.domain.profile.KeskiSuomi;
import fi.hyvinvointialue.forum.domain.testing.SampleYears;
import fi.hyvinvointialue.forum.json.Plan;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writers that each add one member of their own to the same year at once, over HTTP, reading the year again
 * after every 412: exactly one wins each version, and every version holds every member added before it.
 */
final class ConcurrentWriters {
  private ConcurrentWriters() {}

  static void runAndProveNothingIsLost(ApiFixture api, int writers) throws Exception {
    String token = api.token("keski-suomi", TokenRole.SECRETARY);
    ForumYear first = SampleYears.keskiSuomi(2026);
    HttpResponse<byte[]> created = api.send("PUT", YEAR_PATH, ApiFixture.json(first), "Authorization", "Bearer " + token,
        "Content-Type", "application/json", "If-None-Match", "*");
    assertEquals(201, created.statusCode(), text(created));
    CountDownLatch start = new CountDownLatch(1);
    AtomicInteger refused = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    List<Future<Long>> won = new ArrayList<>();
    try {
      for (int i = 0; i < writers; i++) {
        Organisation member = Organisation.of("Kirjoittaja " + i, OrganisationKind.ENTREPRENEUR_ORGANISATION);
        won.add(pool.submit(() -> {
          start.await();
          while (true) {
            HttpResponse<byte[]> read = api.send("GET", YEAR_PATH, null, "Authorization", "Bearer " + token);
            assertEquals(200, read.statusCode(), text(read));
            ForumYear year = ApiFixture.plan(read).year();
            ForumYear changed = ImmutableForumYear.copyOf(year)
                .withPermanentMembers(ImmutableList.<Organisation>builder().addAll(year.permanentMembers()).add(member).build());
            HttpResponse<byte[]> written = api.send("PUT", YEAR_PATH, ApiFixture.FILES.toJson(new Plan(changed, KeskiSuomi.profile())),
                "Authorization", "Bearer " + token, "Content-Type", "application/json", "If-Match", etag(read));
            if (written.statusCode() == 200) {
              return Long.parseLong(etag(written).replaceAll("[^0-9]", ""));
            }
            assertEquals(412, written.statusCode(), text(written));
            refused.incrementAndGet();
          }
        }));
      }
      start.countDown();
      Set<Long> versions = new TreeSet<>();
      for (Future<Long> version : won) {
        assertTrue(versions.add(version.get()), "two writers won version " + version.get());
      }
      assertEquals(writers, versions.size());
      assertEquals(2L, versions.iterator().next());
      assertEquals(writers + 1L, ((TreeSet<Long>) versions).last());
    } finally {
      pool.shutdownNow();
    }
    assertTrue(refused.get() >= writers - 1, "the writers raced: " + refused.get() + " stale writes refused");
    List<Change> history = api.store.history(first.key());
    assertEquals(writers + 1, history.size());
    List<Organisation> previous = List.of();
    for (Change change : history) {
      List<Organisation> members = api.store.find(first.key(), change.version()).orElseThrow().year().permanentMembers();
      assertEquals(change.version() - 1, members.size() - first.permanentMembers().size(), "version " + change.version());
      assertTrue(members.containsAll(previous), "version " + change.version() + " lost a member of the version before");
      previous = members;
    }
  }
}
