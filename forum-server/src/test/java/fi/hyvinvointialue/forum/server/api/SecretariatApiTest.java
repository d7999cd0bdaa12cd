package fi.hyvinvointialue.forum.server.api;

import static fi.hyvinvointialue.forum.server.api.ApiFixture.etag;
import static fi.hyvinvointialue.forum.server.api.ApiFixture.text;
import static fi.hyvinvointialue.forum.server.api.OpenApiContract.assertConforms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fi.hyvinvointialue.forum.domain.memory.InMemoryApiTokens;
import fi.hyvinvointialue.forum.domain.memory.InMemoryForumYears;
import fi.hyvinvointialue.forum.domain.port.ImmutableChange;
import fi.hyvinvointialue.forum.domain.port.TokenRole;
import fi.hyvinvointialue.forum.domain.profile.KeskiSuomi;
import fi.hyvinvointialue.forum.domain.testing.MovableClock;
import fi.hyvinvointialue.forum.domain.testing.SampleYears;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The secretariat's operations over HTTP: a whole year, and what a caller may get wrong. */
class SecretariatApiTest {
  private static final String OPERATION = "/api/v1/{county}/{year}/events/{event}/";

  @Test
  void aWholeForumYearIsDrivenThroughTheApi() {
    MovableClock clock = new MovableClock(LocalDateTime.of(2026, 1, 12, 10, 0));
    try (ApiFixture api = new ApiFixture(new InMemoryForumYears(), new InMemoryApiTokens(), clock)) {
      YearWalk.drive(api, clock);
    }
  }

  @Test
  void anOperationNeedsASecretaryOfTheCountyAPreconditionAndAKey() {
    try (ApiFixture api = new ApiFixture(new InMemoryForumYears(), new InMemoryApiTokens())) {
      storeTheSampleYear(api);
      String event = SampleYears.keskiSuomi(2026).events().get(0).id();
      String path = ApiFixture.YEAR_PATH + "/events/" + event + "/announcements";
      String body = "{\"channel\": \"WEBSITE\"}";
      String secretary = "Bearer " + api.token("keski-suomi", TokenRole.SECRETARY);
      String reader = "Bearer " + api.token("keski-suomi", TokenRole.READER);
      String other = "Bearer " + api.token("pohjanmaa", TokenRole.SECRETARY);
      String tag = etag(api.send("GET", ApiFixture.YEAR_PATH, null, "Authorization", secretary));
      String json = "application/json";

      assertStatus(401, api.send("POST", path, body, "Content-Type", json, "If-Match", tag, "Idempotency-Key", "k1"));
      assertStatus(403, api.send("POST", path, body, "Authorization", reader, "Content-Type", json, "If-Match", tag,
          "Idempotency-Key", "k1"));
      assertStatus(403, api.send("POST", path, body, "Authorization", other, "Content-Type", json, "If-Match", tag,
          "Idempotency-Key", "k1"));
      assertStatus(428, api.send("POST", path, body, "Authorization", secretary, "Content-Type", json, "Idempotency-Key", "k1"));
      assertStatus(400, api.send("POST", path, body, "Authorization", secretary, "Content-Type", json, "If-Match", tag));
      assertStatus(400, api.send("POST", path, "{\"why\": 1}", "Authorization", secretary, "Content-Type", json,
          "If-Match", tag, "Idempotency-Key", "k1"));
      assertStatus(400, api.send("POST", path, null, "Authorization", secretary, "If-Match", tag, "Idempotency-Key", "k1"));
      assertStatus(415, api.send("POST", path, body, "Authorization", secretary, "Content-Type", "text/plain",
          "If-Match", tag, "Idempotency-Key", "k1"));
      assertEquals(1, api.store.history(SampleYears.keskiSuomi(2026).key()).size(), "nothing was stored");

      HttpResponse<byte[]> announced = api.send("POST", path, body, "Authorization", secretary, "Content-Type", json,
          "If-Match", tag, "Idempotency-Key", "k1");
      assertEquals(200, announced.statusCode(), text(announced));
      assertEquals(2, assertConforms("POST", OPERATION + "announcements", announced).get("version").asInt());
      HttpResponse<byte[]> putKey = api.send("PUT", ApiFixture.YEAR_PATH, ApiFixture.json(SampleYears.keskiSuomi(2026)),
          "Authorization", secretary, "Content-Type", json, "If-Match", etag(announced), "Idempotency-Key", "k-put");
      HttpResponse<byte[]> reusedPutKey = api.send("POST", path, body, "Authorization", secretary, "Content-Type", json,
          "If-Match", etag(putKey), "Idempotency-Key", "k-put");
      assertEquals(422, reusedPutKey.statusCode(), "an operation reusing a PUT's key is not its retry: " + text(reusedPutKey));
      HttpResponse<byte[]> cancelled = api.send("POST", ApiFixture.YEAR_PATH + "/events/" + event + "/cancel", null,
          "Authorization", secretary, "If-Match", etag(putKey), "Idempotency-Key", "k2");
      assertEquals(409, cancelled.statusCode(), text(cancelled));
      assertEquals("EVENT_ALREADY_HELD", assertConforms("POST", OPERATION + "cancel", cancelled).get("reason").asText());
    }
  }

  @Test
  void aBadValueInABodyIsNamedWithItsLineAndField() {
    try (ApiFixture api = new ApiFixture(new InMemoryForumYears(), new InMemoryApiTokens())) {
      storeTheSampleYear(api);
      String secretary = "Bearer " + api.token("keski-suomi", TokenRole.SECRETARY);
      String event = SampleYears.keskiSuomi(2026).events().get(0).id();
      HttpResponse<byte[]> response = api.send("POST", ApiFixture.YEAR_PATH + "/events/" + event + "/move",
          "{\n  \"start\": \"2026-03-18T13:00\",\n  \"end\": \"maanantaina\"\n}", "Authorization", secretary,
          "Content-Type", "application/json", "If-Match", "\"v1.full.json\"", "Idempotency-Key", "k1");

      assertEquals(400, response.statusCode(), text(response));
      JsonNode problem = assertConforms("POST", "/api/v1/{county}/{year}/events/{event}/move", response);
      assertEquals(3, problem.get("line").asInt());
      assertEquals("end", problem.get("field").asText());
      assertTrue(problem.get("detail").asText().length() > 0);
    }
  }

  private static void storeTheSampleYear(ApiFixture api) {
    api.store.save(SampleYears.keskiSuomi(2026), KeskiSuomi.profile(), 0,
        ImmutableChange.builder().actor("test").at(ApiFixture.NOW).summary("plan").build());
  }

  private static void assertStatus(int status, HttpResponse<byte[]> response) {
    assertEquals(status, response.statusCode(), text(response));
    OpenApiContract.assertProblem(response);
  }
}
