package fi.hyvinvointialue.forum.server.api;

import static fi.hyvinvointialue.forum.server.api.ApiFixture.YEAR_PATH;
import static fi.hyvinvointialue.forum.server.api.ApiFixture.etag;
import static fi.hyvinvointialue.forum.server.api.ApiFixture.json;
import static fi.hyvinvointialue.forum.server.api.ApiFixture.text;
import static fi.hyvinvointialue.forum.server.api.ApiFixture.with;
import static fi.hyvinvointialue.forum.server.api.OpenApiContract.assertConforms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.ImmutableForumYear;
import fi.hyvinvointialue.forum.domain.memory.InMemoryApiTokens;
import fi.hyvinvointialue.forum.domain.memory.InMemoryForumYears;
import fi.hyvinvointialue.forum.domain.port.TokenRole;
import fi.hyvinvointialue.forum.domain.testing.SampleYears;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class YearRecordApiTest {
  private static final String PUT = "PUT";
  private static final String YEAR = "/api/v1/{county}/{year}";
  private static final ForumYear FIRST = SampleYears.keskiSuomi(2026);
  private static final ForumYear SECOND = ImmutableForumYear.copyOf(FIRST).withEvents(FIRST.events().subList(0, 4));

  private final ApiFixture api = new ApiFixture(new InMemoryForumYears(), new InMemoryApiTokens());
  private final String secretary = api.token("keski-suomi", TokenRole.SECRETARY);

  @AfterEach
  void stop() {
    api.close();
  }

  private HttpResponse<byte[]> put(String body, String... headers) {
    HttpResponse<byte[]> response = api.send(PUT, YEAR_PATH, body,
        with(new String[] {"Authorization", "Bearer " + secretary, "Content-Type", "application/json"}, headers));
    assertConforms(PUT, YEAR, response);
    return response;
  }

  private HttpResponse<byte[]> get(String template, String path, String... headers) {
    HttpResponse<byte[]> response = api.send("GET", path, null, headers);
    assertConforms("GET", template, response);
    return response;
  }

  @Test
  void aYearIsCreatedReadChangedWithIfMatchAndAStaleWriteIsRefused() {
    HttpResponse<byte[]> created = put(json(FIRST), "If-None-Match", "*");
    assertEquals(201, created.statusCode(), text(created));
    assertEquals("\"v1.full.json\"", etag(created));
    assertEquals(YEAR_PATH, created.headers().firstValue("Location").orElseThrow());
    assertEquals(412, put(json(FIRST), "If-None-Match", "*").statusCode(), "a year is created once");

    HttpResponse<byte[]> read = get(YEAR, YEAR_PATH, "Authorization", "Bearer " + secretary);
    assertEquals(200, read.statusCode());
    assertEquals("private, no-cache", read.headers().firstValue("Cache-Control").orElseThrow());
    assertTrue(read.headers().firstValue("Vary").orElseThrow().contains("Authorization"));
    ApiFixture.assertStoredAsSent(FIRST, ApiFixture.plan(read).year());

    HttpResponse<byte[]> changed = put(json(SECOND), "If-Match", etag(read));
    assertEquals(200, changed.statusCode(), text(changed));
    JsonNode stored = assertConforms(PUT, YEAR, changed);
    assertEquals(2, stored.get("version").asInt());
    assertEquals(etag(changed), stored.get("etag").asText());
    assertTrue(stored.at("/report/verdict").isTextual());

    HttpResponse<byte[]> stale = put(json(FIRST), "If-Match", etag(read));
    assertEquals(412, stale.statusCode());
    assertEquals(2, assertConforms(PUT, YEAR, stale).get("currentVersion").asInt());
    ApiFixture.assertStoredAsSent(SECOND, api.store.find(SECOND.key()).orElseThrow().year());

    assertEquals(428, put(json(FIRST)).statusCode());
    assertEquals(412, put(json(FIRST), "If-Match", "\"v2.public.json\"").statusCode(), "the public view is no base for a change");
    assertEquals(412, put(json(FIRST), "If-Match", "W/\"v2.full.json\"").statusCode(), "a weak tag never matches a write");
  }

  @Test
  void aRetryWithTheSameIdempotencyKeyReturnsTheSameVersionAndAnotherBodyIsRefused() {
    put(json(FIRST), "If-None-Match", "*");
    HttpResponse<byte[]> first = put(json(SECOND), "If-Match", "\"v1.full.json\"", "Idempotency-Key", "change-42");
    HttpResponse<byte[]> retry = put(json(SECOND), "If-Match", "\"v1.full.json\"", "Idempotency-Key", "change-42");
    assertEquals(200, first.statusCode());
    assertEquals(200, retry.statusCode(), text(retry));
    assertEquals(etag(first), etag(retry));
    assertEquals(2, api.store.history(SECOND.key()).size(), "the retry made no version");

    HttpResponse<byte[]> other = put(json(FIRST), "If-Match", "\"v2.full.json\"", "Idempotency-Key", "change-42");
    assertEquals(422, other.statusCode());
    assertEquals(2, api.store.history(SECOND.key()).size());
  }

  @Test
  void thePublicSeesThePublicViewAndTokensOfTheCountySeeTheWhole() {
    put(json(SampleYears.keskiSuomiWithPartnership(2026)), "If-None-Match", "*");
    HttpResponse<byte[]> anonymous = get(YEAR, YEAR_PATH);
    HttpResponse<byte[]> reader = get(YEAR, YEAR_PATH, "Authorization", "Bearer " + api.token("keski-suomi", TokenRole.READER));
    // the sample year's four memos are published later in the year: until then they are drafts, withheld
    assertEquals("\"v1.public-4.json\"", etag(anonymous));
    assertEquals("\"v1.full.json\"", etag(reader));
    assertEquals("no-cache", anonymous.headers().firstValue("Cache-Control").orElseThrow());
    assertNotEquals(text(anonymous), text(reader), "the sample year holds personal data");
    assertEquals(304, get(YEAR, YEAR_PATH, "If-None-Match", etag(anonymous)).statusCode());

    HttpResponse<byte[]> head = api.send("HEAD", YEAR_PATH, null);
    assertEquals(200, head.statusCode());
    assertEquals(etag(anonymous), etag(head));
    assertEquals(0, head.body().length, "HEAD answers as GET, without the body");
    assertEquals(405, api.send("DELETE", YEAR_PATH, null).statusCode());
    assertTrue(api.send("DELETE", YEAR_PATH, null).headers().firstValue("Allow").orElseThrow().contains("HEAD"));

    HttpResponse<byte[]> yaml = get(YEAR, YEAR_PATH, "Accept", "application/yaml");
    assertEquals("\"v1.public-4.yaml\"", etag(yaml));
    assertTrue(text(yaml).contains("countyId: keski-suomi"), text(yaml));

    HttpResponse<byte[]> otherCounty = get(YEAR, YEAR_PATH, "Authorization", "Bearer " + api.token("pohjanmaa", TokenRole.SECRETARY));
    assertEquals(403, otherCounty.statusCode());
  }

  @Test
  void versionsAVersionTheDifferenceAndTheChangesSinceAMoment() {
    put(json(FIRST), "If-None-Match", "*");
    put(json(SECOND), "If-Match", "\"v1.full.json\"");

    JsonNode versions = assertConforms("GET", YEAR + "/versions", get(YEAR + "/versions", YEAR_PATH + "/versions"));
    assertEquals(2, versions.get("versions").size());
    assertFalse(versions.at("/versions/0").has("actor"), "who made a version is not public");

    HttpResponse<byte[]> first = get(YEAR + "/versions/{version}", YEAR_PATH + "/versions/1");
    assertEquals("\"v1.public-4.json\"", etag(first));
    assertEquals(404, get(YEAR + "/versions/{version}", YEAR_PATH + "/versions/3").statusCode());

    JsonNode diff = assertConforms("GET", YEAR + "/diff", get(YEAR + "/diff", YEAR_PATH + "/diff?from=1&to=2"));
    assertEquals("REMOVED", diff.at("/differences/0/kind").asText());
    assertEquals(400, get(YEAR + "/diff", YEAR_PATH + "/diff?from=1").statusCode());

    JsonNode changes = assertConforms("GET", "/api/v1/changes",
        get("/api/v1/changes", "/api/v1/changes?since=" + ApiFixture.NOW.minusSeconds(1)));
    assertEquals(1, changes.get("changes").size());
    assertEquals(2, changes.at("/changes/0/version").asInt());
    assertEquals(0, assertConforms("GET", "/api/v1/changes",
        get("/api/v1/changes", "/api/v1/changes?since=" + ApiFixture.NOW)).get("changes").size());
    assertEquals(400, get("/api/v1/changes", "/api/v1/changes?since=yesterday").statusCode());
  }

  @Test
  void writesNeedAUsableSecretaryTokenOfTheCounty() {
    String body = json(FIRST);
    String[] create = {"Content-Type", "application/json", "If-None-Match", "*"};
    assertEquals(401, assertStatus(api.send(PUT, YEAR_PATH, body, create)));
    assertEquals(401, assertStatus(api.send(PUT, YEAR_PATH, body, with(create, "Authorization", "Bearer nosuch.token"))));
    String expired = api.tokens.create("keski-suomi", TokenRole.SECRETARY, "old", ApiFixture.NOW.minusSeconds(7200),
        Optional.of(ApiFixture.NOW.minusSeconds(3600))).bearer();
    assertEquals(401, assertStatus(api.send(PUT, YEAR_PATH, body, with(create, "Authorization", "Bearer " + expired))));
    String revoked = api.token("keski-suomi", TokenRole.SECRETARY);
    api.tokens.revoke(revoked.substring(0, revoked.indexOf('.')), ApiFixture.NOW.minusSeconds(60));
    assertEquals(401, assertStatus(api.send(PUT, YEAR_PATH, body, with(create, "Authorization", "Bearer " + revoked))));
    assertEquals(403, assertStatus(api.send(PUT, YEAR_PATH, body,
        with(create, "Authorization", "Bearer " + api.token("pohjanmaa", TokenRole.SECRETARY)))));
    assertEquals(403, assertStatus(api.send(PUT, YEAR_PATH, body,
        with(create, "Authorization", "Bearer " + api.token("keski-suomi", TokenRole.READER)))));
    assertTrue(api.store.find(FIRST.key()).isEmpty());
  }

  private static int assertStatus(HttpResponse<byte[]> response) {
    assertConforms(PUT, YEAR, response);
    if (response.statusCode() == 401) {
      assertTrue(response.headers().firstValue("WWW-Authenticate").orElseThrow().startsWith("Bearer"));
    }
    return response.statusCode();
  }
}
