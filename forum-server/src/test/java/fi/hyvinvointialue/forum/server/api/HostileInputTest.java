package fi.hyvinvointialue.forum.server.api;

import static fi.hyvinvointialue.forum.server.api.ApiFixture.YEAR_PATH;
import static fi.hyvinvointialue.forum.server.api.OpenApiContract.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.hyvinvointialue.forum.domain.memory.InMemoryApiTokens;
import fi.hyvinvointialue.forum.domain.memory.InMemoryForumYears;
import fi.hyvinvointialue.forum.domain.port.TokenRole;
import fi.hyvinvointialue.forum.domain.testing.SampleYears;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Whatever is sent, the answer is a 4xx problem with the security headers: never a 500, never a stack trace. */
class HostileInputTest {
  private static final String INTRANET = "https://intranet.example.fi";

  private final ApiFixture api = new ApiFixture(new InMemoryForumYears(), new InMemoryApiTokens(), INTRANET);
  private final String secretary = api.token("keski-suomi", TokenRole.SECRETARY);

  @AfterEach
  void stop() {
    api.close();
  }

  private record Hostile(String method, String path, String body, String... headers) {}

  @Test
  void everyHostileRequestIsA4xxProblemWithTheSecurityHeaders() {
    api.send("PUT", YEAR_PATH, ApiFixture.json(SampleYears.keskiSuomi(2026)),
        "Authorization", "Bearer " + secretary, "Content-Type", "application/json", "If-None-Match", "*");
    String json = "application/json";
    String yaml = "application/yaml";
    String nested = "[".repeat(100_000) + "]".repeat(100_000);
    String laughs = "a: &a [\"lol\",\"lol\"]\nb: &b [*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b]\nd: [*c,*c,*c,*c]\n";
    List<Hostile> requests = List.of(
        new Hostile("GET", "/api/v1/%27%3B%20DROP%20TABLE%20forum_years%3B--/2026", null),
        new Hostile("GET", YEAR_PATH + "%27%20OR%201%3D1", null),
        new Hostile("GET", "/api/v1/%3Cscript%3Ealert(1)%3C%2Fscript%3E/2026", null),
        new Hostile("GET", "/api/v1/keski-suomi/99999999999999999999", null),
        new Hostile("GET", YEAR_PATH + "/versions/-1", null),
        new Hostile("GET", YEAR_PATH + "/versions/99999999999999999999999", null),
        new Hostile("GET", YEAR_PATH + "/diff?from=1%27&to=2", null),
        new Hostile("GET", YEAR_PATH + "/diff?from=1&to=2", null),
        new Hostile("GET", "/api/v1/changes?since=%00", null),
        new Hostile("GET", "/api/v1/changes", null),
        new Hostile("GET", "/api/v1/" + "x".repeat(300), null),
        new Hostile("GET", "/api/v1/nosuch", null),
        new Hostile("GET", "/api/v2/check", null),
        new Hostile("DELETE", YEAR_PATH, null),
        new Hostile("GET", "/api/v1/check", null),
        new Hostile("GET", YEAR_PATH, null, "Authorization", "Bearer ' OR '1'='1"),
        new Hostile("GET", YEAR_PATH, null, "Authorization", "Basic c2lodGVlcmk6c2FsYXNhbmE="),
        new Hostile("GET", YEAR_PATH, null, "Authorization", "Bearer " + "a".repeat(5000)),
        new Hostile("POST", "/api/v1/check", "[]", "Content-Type", json),
        new Hostile("POST", "/api/v1/check", "null", "Content-Type", json),
        new Hostile("POST", "/api/v1/check", "{\"formatVersion\": \"1\", \"countyId\": 7, \"year\": \"2026\"}", "Content-Type", json),
        new Hostile("POST", "/api/v1/check", "{\"formatVersion\": 1, \"formatVersion\": 1}", "Content-Type", json),
        new Hostile("POST", "/api/v1/check", "{\"formatVersion\":1,\"countyId\":\"'; DROP TABLE x;--\",\"year\":2026,\"profile\":\"keski-suomi\","
            + "\"events\":[{\"id\":\"<script>\"}]}", "Content-Type", json),
        new Hostile("POST", "/api/v1/check", nested, "Content-Type", json),
        new Hostile("POST", "/api/v1/check", laughs, "Content-Type", yaml),
        new Hostile("POST", "/api/v1/check", "\u0000\u0001\u0002", "Content-Type", yaml),
        new Hostile("POST", "/api/v1/check", "formatVersion: 1\n\tcountyId: x", "Content-Type", yaml),
        new Hostile("POST", "/api/v1/check", "<plan/>", "Content-Type", "application/xml"),
        new Hostile("POST", "/api/v1/check", "", "Content-Type", json),
        new Hostile("PUT", YEAR_PATH, "{}", "Content-Type", json, "If-Match", "\"v1.full.json\""),
        new Hostile("PUT", YEAR_PATH, "{", "Content-Type", json, "If-Match", "\"v1.full.json\"", "Authorization", "Bearer " + secretary),
        new Hostile("PUT", YEAR_PATH, ApiFixture.json(SampleYears.keskiSuomi(2027)), "Content-Type", json,
            "If-Match", "\"v1.full.json\"", "Authorization", "Bearer " + secretary),
        new Hostile("PUT", YEAR_PATH, ApiFixture.json(SampleYears.keskiSuomi(2026)), "Content-Type", json,
            "If-Match", "\"v1.full.json\"", "If-None-Match", "*", "Authorization", "Bearer " + secretary),
        new Hostile("PUT", YEAR_PATH, ApiFixture.json(SampleYears.keskiSuomi(2026)), "Content-Type", json,
            "If-Match", "*", "Authorization", "Bearer " + secretary),
        new Hostile("PUT", YEAR_PATH, ApiFixture.json(SampleYears.keskiSuomi(2026)), "Content-Type", json,
            "If-Match", "\"v1.full.json\"", "Idempotency-Key", "k".repeat(500), "Authorization", "Bearer " + secretary),
        new Hostile("PUT", YEAR_PATH, "#".repeat((4 << 20) + 10), "Content-Type", yaml,
            "If-Match", "\"v1.full.json\"", "Authorization", "Bearer " + secretary),
        // the secretariat's operations
        new Hostile("POST", YEAR_PATH + "/events/%27%3B%20DROP%20TABLE%20forum_event%3B--/cancel", null,
            "If-Match", "\"v1.full.json\"", "Idempotency-Key", "h1", "Authorization", "Bearer " + secretary),
        new Hostile("POST", YEAR_PATH + "/events/%3Cscript%3E/move", "{\"start\": \"2026-03-18T13:00\", \"end\": \"2026-03-18T15:00\"}",
            "Content-Type", json, "If-Match", "\"v1.full.json\"", "Idempotency-Key", "h2", "Authorization", "Bearer " + secretary),
        new Hostile("POST", YEAR_PATH + "/events/foorumi-2026-1/move", "{\"start\": 20260318, \"end\": true}",
            "Content-Type", json, "If-Match", "\"v1.full.json\"", "Idempotency-Key", "h3", "Authorization", "Bearer " + secretary),
        new Hostile("POST", YEAR_PATH + "/events/foorumi-2026-1/move", "{\"start\": \"2026-03-18T15:00\", \"end\": \"2026-03-18T13:00\"}",
            "Content-Type", json, "If-Match", "\"v1.full.json\"", "Idempotency-Key", "h4", "Authorization", "Bearer " + secretary),
        new Hostile("POST", YEAR_PATH + "/events/foorumi-2026-1/comments", "{\"text\": \"nul \\u0000 merkki\"}",
            "Content-Type", json, "If-Match", "\"v1.full.json\"", "Idempotency-Key", "h5", "Authorization", "Bearer " + secretary),
        new Hostile("POST", YEAR_PATH + "/events/foorumi-2026-1/agenda", nested, "Content-Type", json,
            "If-Match", "\"v1.full.json\"", "Idempotency-Key", "h6", "Authorization", "Bearer " + secretary),
        new Hostile("POST", YEAR_PATH + "/events/foorumi-2026-1/agenda", laughs, "Content-Type", yaml,
            "If-Match", "\"v1.full.json\"", "Idempotency-Key", "h7", "Authorization", "Bearer " + secretary),
        new Hostile("POST", YEAR_PATH + "/working-group", "{\"termStart\": \"2026-01-01\", \"termEnd\": \"2026-12-31\"}",
            "Content-Type", json, "If-Match", "\"v1.full.json\"", "Idempotency-Key", "h8", "Authorization", "Bearer " + secretary),
        new Hostile("POST", YEAR_PATH + "/purge", "#".repeat((4 << 20) + 10), "Content-Type", yaml,
            "If-Match", "\"v1.full.json\"", "Idempotency-Key", "h9", "Authorization", "Bearer " + secretary),
        new Hostile("POST", YEAR_PATH + "/purge", null, "If-Match", "\"v1.public.json\"", "Idempotency-Key", "h10",
            "Authorization", "Bearer " + secretary),
        new Hostile("POST", YEAR_PATH + "/purge", null, "If-None-Match", "*", "Idempotency-Key", "h11", "Authorization", "Bearer " + secretary),
        new Hostile("PUT", YEAR_PATH + "/events/foorumi-2026-1/cancel", null, "Authorization", "Bearer " + secretary));
    for (Hostile hostile : requests) {
      HttpResponse<byte[]> response = api.send(hostile.method(), hostile.path(), hostile.body(), hostile.headers());
      String request = hostile.method() + " " + hostile.path().substring(0, Math.min(80, hostile.path().length()));
      assertEquals(4, response.statusCode() / 100, request + " answered " + response.statusCode());
      assertProblem(response);
      assertSecurityHeaders(request, response);
      assertTrue(response.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), request);
    }
    assertEquals(1, api.store.history(SampleYears.keskiSuomi(2026).key()).size(), "nothing hostile was stored");
  }

  @Test
  void corsIsClosedExceptToTheOriginsAllowed() {
    String changes = "/api/v1/changes?since=2026-01-01T00:00:00Z";
    HttpResponse<byte[]> stranger = api.send("GET", changes, null, "Origin", "https://evil.example");
    HttpResponse<byte[]> intranet = api.send("GET", changes, null, "Origin", INTRANET);
    assertTrue(stranger.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
    assertEquals(Optional.of(INTRANET), intranet.headers().firstValue("Access-Control-Allow-Origin"));
    assertTrue(intranet.headers().firstValue("Vary").orElseThrow().contains("Origin"));
    HttpResponse<byte[]> check = api.send("POST", "/api/v1/check", ApiFixture.json(SampleYears.keskiSuomi(2026)),
        "Origin", INTRANET, "Content-Type", "application/json");
    assertEquals("Origin, Accept-Language", check.headers().firstValue("Vary").orElseThrow());
    HttpResponse<byte[]> preflight = api.send("OPTIONS", YEAR_PATH, null, "Origin", INTRANET, "Access-Control-Request-Method", "PUT");
    assertEquals(204, preflight.statusCode());
    assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElseThrow().contains("PUT"));
    HttpResponse<byte[]> strangerPreflight = api.send("OPTIONS", YEAR_PATH, null, "Origin", "https://evil.example");
    assertTrue(strangerPreflight.headers().firstValue("Access-Control-Allow-Methods").isEmpty());
  }

  @Test
  void pagesFeedsAndTheApiAllCarryTheSecurityHeaders() {
    for (String path : List.of("/openapi.json", "/api/v1/changes?since=2026-01-01T00:00:00Z", "/health", "/keski-suomi/2026.ics")) {
      assertSecurityHeaders(path, api.send("GET", path, null));
    }
  }

  private static void assertSecurityHeaders(String request, HttpResponse<byte[]> response) {
    assertEquals(Optional.of("nosniff"), response.headers().firstValue("X-Content-Type-Options"), request);
    assertEquals(Optional.of("DENY"), response.headers().firstValue("X-Frame-Options"), request);
    assertEquals(Optional.of("no-referrer"), response.headers().firstValue("Referrer-Policy"), request);
    if (request.contains("api") || request.contains("openapi")) {
      assertTrue(response.headers().firstValue("Content-Security-Policy").orElseThrow().startsWith("default-src 'none'"), request);
    }
  }
}
