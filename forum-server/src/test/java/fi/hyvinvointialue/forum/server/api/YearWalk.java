package fi.hyvinvointialue.forum.server.api;

import static fi.hyvinvointialue.forum.server.api.ApiFixture.etag;
import static fi.hyvinvointialue.forum.server.api.ApiFixture.text;
import static fi.hyvinvointialue.forum.server.api.OpenApiContract.assertConforms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fi.hyvinvointialue.forum.domain.EventStatus;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.Memo;
import fi.hyvinvointialue.forum.domain.YearKey;
import fi.hyvinvointialue.forum.domain.port.TokenRole;
import fi.hyvinvointialue.forum.domain.testing.MovableClock;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A forum year driven through the HTTP API alone, as a county's own system would: created, planned, its forum
 * prepared, held, commented on and its memo drafted, reviewed, published and delivered; with the policy's refusals,
 * a stale request, a retry and a reused key on the way. Every answer is held to the OpenAPI document.
 */
final class YearWalk {
  static final String FORUM = "foorumi-2026-03";
  private static final String EVENT = ApiFixture.YEAR_PATH + "/events/" + FORUM;
  private static final String OPERATION = "/api/v1/{county}/{year}/";
  private static final YearKey KEY = YearKey.of("keski-suomi", 2026);

  private final ApiFixture api;
  private final MovableClock clock;
  private final String token;
  private String etag;
  private int keys;

  private YearWalk(ApiFixture api, MovableClock clock) {
    this.api = api;
    this.clock = clock;
    this.token = "Bearer " + api.token("keski-suomi", TokenRole.SECRETARY);
  }

  /** Drives the year; the clock starts in January 2026. */
  static void drive(ApiFixture api, MovableClock clock) {
    new YearWalk(api, clock).drive();
  }

  private void drive() {
    clock.set(LocalDateTime.of(2026, 1, 12, 10, 0));
    HttpResponse<byte[]> created = api.send("PUT", ApiFixture.YEAR_PATH,
        "{\"formatVersion\": 1, \"profile\": \"keski-suomi\", \"countyId\": \"keski-suomi\", \"year\": 2026}",
        "Authorization", token, "Content-Type", "application/json", "If-None-Match", "*");
    assertEquals(201, created.statusCode(), text(created));
    etag = etag(created);

    stored("plan", "{\"themes\": [], \"events\": [{\"id\": \"" + FORUM + "\", \"kind\": \"OPEN_FORUM\", \"title\": \"Palveluntuottajafoorumi\","
        + " \"start\": \"2026-03-11T13:00\", \"end\": \"2026-03-11T15:30\","
        + " \"venue\": {\"name\": \"Jyväskylän kaupungintalo\", \"municipality\": \"Jyväskylä\"}}]}", 2);
    stored("working-group", "{\"termStart\": \"2025-06-01\", \"termEnd\": \"2029-05-31\", \"members\": [{\"name\": \"Anna Esimerkki\","
        + " \"organisation\": {\"name\": \"Keski-Suomen Yrittäjät\", \"kind\": \"ENTREPRENEUR_ORGANISATION\"},"
        + " \"role\": \"ENTREPRENEUR_ORGANISATION\", \"memberFrom\": \"2025-06-01\", \"memberUntil\": \"2029-05-31\"}]}", 3);

    JsonNode targeted = refused("events/{event}/agenda", EVENT + "/agenda",
        "{\"items\": [{\"id\": \"a1\", \"title\": \"Palvelusetelin hinta\", \"topic\": \"SERVICE_VOUCHER\"}]}", 422);
    assertEquals("TL-2.5", targeted.get("clauseId").asText());
    assertEquals("TARGETED_TOPIC_ON_OPEN_FORUM", targeted.get("reason").asText());
    stored("events/{event}/agenda", EVENT + "/agenda",
        "{\"items\": [{\"id\": \"a1\", \"title\": \"Hankintasuunnitelma 2027\", \"topic\": \"PROCUREMENT_PLANNING\"}]}", 4);
    stored("events/{event}/materials", EVENT + "/materials", "{\"material\": \"AGENDA\"}", 5);
    String beforeAnnouncing = etag;
    String announce = nextKey();
    HttpResponse<byte[]> announced = post(EVENT + "/announcements", "{\"channel\": \"NEWSLETTER\"}", announce, etag);
    assertStored("events/{event}/announcements", announced, 6);

    // a stale base, a retry of what was done, and the key reused for something else
    HttpResponse<byte[]> stale = post(EVENT + "/move", "{\"start\": \"2026-03-12T13:00\", \"end\": \"2026-03-12T15:30\"}",
        nextKey(), beforeAnnouncing);
    assertEquals(412, stale.statusCode(), text(stale));
    assertEquals(6, assertConforms("POST", OPERATION + "events/{event}/move", stale).get("currentVersion").asInt());
    HttpResponse<byte[]> retried = post(EVENT + "/announcements", "{\"channel\": \"NEWSLETTER\"}", announce, beforeAnnouncing);
    assertStored("events/{event}/announcements", retried, 6);
    HttpResponse<byte[]> reused = post(EVENT + "/announcements", "{\"channel\": \"WEBSITE\"}", announce, etag);
    assertEquals(422, reused.statusCode(), text(reused));
    assertEquals("REQUEST_ID_REUSED", assertConforms("POST", OPERATION + "events/{event}/announcements", reused).get("reason").asText());
    assertEquals(6, api.store.history(KEY).size(), "the retry and the reused key stored nothing");

    clock.set(LocalDateTime.of(2026, 3, 11, 16, 0)); // after the forum
    stored("events/{event}/held", EVENT + "/held", "{\"participants\": [{\"role\": \"SERVICE_PROVIDER\", \"count\": 24}]}", 7);
    stored("events/{event}/feedback/open", EVENT + "/feedback/open", "{}", 8);
    String comment = nextKey();
    HttpResponse<byte[]> commented = post(EVENT + "/comments", "{\"text\": \"Hyvä tilaisuus\", \"author\": \"Matti Meikäläinen\"}",
        comment, etag);
    assertStored("events/{event}/comments", commented, 9);
    JsonNode early = refused("events/{event}/memo/draft", EVENT + "/memo/draft",
        "{\"coversDiscussion\": true, \"coversFeedback\": true}", 422);
    assertEquals("TL-4.8", early.get("clauseId").asText());

    clock.set(LocalDateTime.of(2026, 3, 20, 10, 0));
    stored("events/{event}/memo/draft", EVENT + "/memo/draft", "{\"coversDiscussion\": true, \"coversFeedback\": true,"
        + " \"includedCommentIds\": [\"" + comment + "\"], \"items\": [{\"agendaItemId\": \"a1\","
        + " \"decisionHandling\": \"Hyvinvointialuehallitus 14.4.2026\"}]}", 10);
    assertTrue(publicMemo().isEmpty(), "a memo is a draft, not public, until it is published");
    JsonNode unreviewed = refused("events/{event}/memo/publish", EVENT + "/memo/publish", null, 422);
    assertEquals("TL-4.10", unreviewed.get("clauseId").asText());
    stored("events/{event}/memo/review", EVENT + "/memo/review", null, 11);
    stored("events/{event}/memo/publish", EVENT + "/memo/publish", null, 12);
    assertTrue(publicMemo().isPresent(), "published, the memo is public");
    String delivery = "{\"recipientKind\": \"BOARD\", \"recipient\": \"Hyvinvointialuehallitus\"}";
    stored("events/{event}/memo/deliveries", EVENT + "/memo/deliveries", delivery, 13);
    JsonNode twice = refused("events/{event}/memo/deliveries", EVENT + "/memo/deliveries", delivery, 409);
    assertEquals("ALREADY_DELIVERED", twice.get("reason").asText());
    assertEquals(404, post(ApiFixture.YEAR_PATH + "/events/no-such-forum/cancel", null, nextKey(), etag).statusCode());

    ForumEvent forum = api.store.find(KEY).orElseThrow().year().event(FORUM).orElseThrow();
    assertEquals(EventStatus.HELD, forum.status());
    assertEquals(comment, forum.feedbackWindow().orElseThrow().comments().get(0).id());
    assertTrue(forum.memo().orElseThrow().publishedAt().isPresent());
    List<String> summaries = new ArrayList<>();
    api.store.history(KEY).forEach(change -> summaries.add(change.version() + " " + change.summary()));
    assertEquals(13, summaries.size(), summaries.toString());
    HttpResponse<byte[]> feed = api.send("GET", "/keski-suomi/2026.ics", null);
    assertEquals(200, feed.statusCode());
    assertTrue(text(feed).contains("Palveluntuottajafoorumi"), "the feed follows the record at once");
  }

  /** The forum's memo as the public reads it; a token of the county reads it as stored. */
  private Optional<Memo> publicMemo() {
    HttpResponse<byte[]> whole = api.send("GET", ApiFixture.YEAR_PATH, null, "Authorization", token);
    assertTrue(ApiFixture.plan(whole).year().event(FORUM).orElseThrow().memo().isPresent());
    HttpResponse<byte[]> shown = api.send("GET", ApiFixture.YEAR_PATH, null);
    assertConforms("GET", "/api/v1/{county}/{year}", shown);
    Optional<Memo> memo = ApiFixture.plan(shown).year().event(FORUM).orElseThrow().memo();
    assertEquals(memo.isEmpty(), etag(shown).contains(".public-1."), "a view withholding a draft has a tag of its own: " + etag(shown));
    return memo;
  }

  private void stored(String operation, String body, int version) {
    stored(operation, ApiFixture.YEAR_PATH + "/" + operation, body, version);
  }

  private void stored(String operation, String path, String body, int version) {
    conforms(operation, body);
    assertStored(operation, post(path, body, nextKey(), etag), version);
  }

  /** What the walk sends is what the document describes: the codec and the schema agree on it. */
  private static void conforms(String operation, String body) {
    if (body != null) {
      OpenApiContract.assertRequestConforms("POST", OPERATION + operation, body);
    }
  }

  private void assertStored(String operation, HttpResponse<byte[]> response, int version) {
    assertEquals(200, response.statusCode(), operation + ": " + text(response));
    JsonNode stored = assertConforms("POST", OPERATION + operation, response);
    assertEquals(version, stored.get("version").asInt(), operation + ": " + text(response));
    etag = etag(response);
  }

  private JsonNode refused(String operation, String path, String body, int status) {
    conforms(operation, body);
    long before = api.store.history(KEY).size();
    HttpResponse<byte[]> response = post(path, body, nextKey(), etag);
    assertEquals(status, response.statusCode(), operation + ": " + text(response));
    assertEquals(before, api.store.history(KEY).size(), "a refusal stores nothing");
    return assertConforms("POST", OPERATION + operation, response);
  }

  private HttpResponse<byte[]> post(String path, String body, String key, String ifMatch) {
    return body == null
        ? api.send("POST", path, null, "Authorization", token, "If-Match", ifMatch, "Idempotency-Key", key)
        : api.send("POST", path, body, "Authorization", token, "Content-Type", "application/json", "If-Match", ifMatch,
            "Idempotency-Key", key);
  }

  private String nextKey() {
    return "walk-" + (++keys);
  }
}
