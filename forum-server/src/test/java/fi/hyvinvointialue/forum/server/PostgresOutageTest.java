package fi.hyvinvointialue.forum.server;

import static fi.hyvinvointialue.forum.server.TestServers.get;
import static fi.hyvinvointialue.forum.server.TestServers.store;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import fi.hyvinvointialue.forum.adapters.jdbc.JdbcForumYears;
import fi.hyvinvointialue.forum.domain.ImmutableForumYear;
import fi.hyvinvointialue.forum.domain.testing.SampleYears;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PostgreSQL of the test's own is stopped under the running server and started again on the same data
 * directory and port: meanwhile the last good feed and page are served, and /health says the database is down.
 */
class PostgresOutageTest {
  @TempDir Path data;

  private EmbeddedPostgres postgres(int port) throws IOException {
    return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
  }

  @Test
  void servesTheLastGoodFeedWhilePostgresIsDownAndRecoversWhenItIsBack() throws IOException {
    int databasePort;
    try (ServerSocket free = new ServerSocket(0)) {
      databasePort = free.getLocalPort();
    }
    EmbeddedPostgres postgres = postgres(databasePort);
    try {
      JdbcForumYears store = JdbcForumYears.open("jdbc:postgresql://localhost:" + databasePort + "/postgres", "postgres", "");
      store(store, SampleYears.keskiSuomi(2026), 0, TestServers.NOW);
      try (ForumServer server = new ForumServer(TestServers.settings(store).build())) {
        int port = server.start(0);
        HttpResponse<byte[]> feed = get(port, "/keski-suomi/2026.ics");
        HttpResponse<byte[]> page = get(port, "/keski-suomi/2026/");
        assertEquals(200, feed.statusCode());
        assertEquals(200, get(port, "/health").statusCode());

        postgres.close();

        assertEquals(503, get(port, "/health").statusCode());
        HttpResponse<byte[]> feedMeanwhile = get(port, "/keski-suomi/2026.ics");
        assertEquals(200, feedMeanwhile.statusCode());
        assertArrayEquals(feed.body(), feedMeanwhile.body());
        assertArrayEquals(page.body(), get(port, "/keski-suomi/2026/").body());
        assertEquals(304, get(port, "/keski-suomi/2026.ics", "If-None-Match", feed.headers().firstValue("ETag").orElseThrow()).statusCode());

        postgres = postgres(databasePort);

        assertEquals(200, get(port, "/health").statusCode());
        store(store, ImmutableForumYear.copyOf(SampleYears.keskiSuomi(2026)).withEvents(SampleYears.keskiSuomi(2026).events().subList(0, 1)),
            1, TestServers.NOW.plusSeconds(60));
        assertNotEquals(feed.headers().firstValue("ETag"), get(port, "/keski-suomi/2026.ics").headers().firstValue("ETag"));
      }
    } finally {
      postgres.close();
    }
  }
}
