package fi.hyvinvointialue.forum.server.api;

import static fi.hyvinvointialue.forum.server.api.ApiFixture.YEAR_PATH;
import static fi.hyvinvointialue.forum.server.api.ApiFixture.etag;
import static fi.hyvinvointialue.forum.server.api.ApiFixture.text;
import static fi.hyvinvointialue.forum.server.api.ApiFixture.with;
import static fi.hyvinvointialue.forum.server.api.OpenApiContract.assertConforms;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.hyvinvointialue.forum.adapters.jdbc.JdbcForumYears;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.ImmutableForumYear;
import fi.hyvinvointialue.forum.domain.port.TokenRole;
import fi.hyvinvointialue.forum.domain.testing.MovableClock;
import fi.hyvinvointialue.forum.domain.testing.SampleYears;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The API over PostgreSQL: a year's life with a conflict and a retry, a whole forum year of operations, and fifty writers at once. */
class PostgresApiTest {
  private static final String YEAR = "/api/v1/{county}/{year}";
  private static EmbeddedPostgres postgres;

  @BeforeAll
  static void start() throws IOException {
    postgres = EmbeddedPostgres.builder().start();
  }

  @AfterAll
  static void stop() throws IOException {
    postgres.close();
  }

  private static ApiFixture api(String database) throws Exception {
    return api(database, Clock.fixed(ApiFixture.NOW, ZoneOffset.UTC));
  }

  private static ApiFixture api(String database, Clock clock) throws Exception {
    try (Connection connection = postgres.getPostgresDatabase().getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + database);
    }
    JdbcForumYears store = JdbcForumYears.migrate(postgres.getDatabase("postgres", database));
    return new ApiFixture(store, store.apiTokens(), clock);
  }

  @Test
  void aWholeForumYearIsDrivenThroughTheApiOnPostgres() throws Exception {
    MovableClock clock = new MovableClock(LocalDateTime.of(2026, 1, 12, 10, 0));
    try (ApiFixture api = api("walk", clock)) {
      YearWalk.drive(api, clock);
    }
  }

  @Test
  void aYearIsCreatedReadChangedRefusedWhenStaleAndRetriedOnPostgres() throws Exception {
    try (ApiFixture api = api("life")) {
      String token = "Bearer " + api.token("keski-suomi", TokenRole.SECRETARY);
      ForumYear first = SampleYears.keskiSuomiWithPartnership(2026);
      ForumYear second = ImmutableForumYear.copyOf(first).withEvents(first.events().subList(0, 4));
      String[] write = {"Authorization", token, "Content-Type", "application/json"};

      HttpResponse<byte[]> created = api.send("PUT", YEAR_PATH, ApiFixture.json(first), with(write, "If-None-Match", "*"));
      assertEquals(201, created.statusCode(), text(created));
      assertConforms("PUT", YEAR, created);
      HttpResponse<byte[]> read = api.send("GET", YEAR_PATH, null, "Authorization", token);
      assertConforms("GET", YEAR, read);
      ApiFixture.assertStoredAsSent(first, ApiFixture.plan(read).year());

      String[] change = with(write, "If-Match", etag(read), "Idempotency-Key", "move-the-autumn-forum");
      HttpResponse<byte[]> changed = api.send("PUT", YEAR_PATH, ApiFixture.json(second), change);
      assertEquals(200, changed.statusCode(), text(changed));
      HttpResponse<byte[]> retried = api.send("PUT", YEAR_PATH, ApiFixture.json(second), change);
      assertEquals(200, retried.statusCode(), text(retried));
      assertEquals(etag(changed), etag(retried));
      assertConforms("PUT", YEAR, retried);

      HttpResponse<byte[]> stale = api.send("PUT", YEAR_PATH, ApiFixture.json(first), with(write, "If-Match", etag(read)));
      assertEquals(412, stale.statusCode());
      assertConforms("PUT", YEAR, stale);
      assertEquals(2, api.store.history(first.key()).size());
      ApiFixture.assertStoredAsSent(second, api.store.find(first.key()).orElseThrow().year());
    }
  }

  @Test
  void fiftyWritersWithIfMatchOnOneYearLoseNothingOnPostgres() throws Exception {
    try (ApiFixture api = api("race")) {
      ConcurrentWriters.runAndProveNothingIsLost(api, 50);
    }
  }
}
