package fi.hyvinvointialue.forum.server;

import static fi.hyvinvointialue.forum.server.TestServers.get;
import static fi.hyvinvointialue.forum.server.TestServers.send;
import static fi.hyvinvointialue.forum.server.TestServers.store;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.HelsinkiTime;
import fi.hyvinvointialue.forum.domain.memory.InMemoryApiTokens;
import fi.hyvinvointialue.forum.domain.memory.InMemoryForumYears;
import fi.hyvinvointialue.forum.domain.port.TokenRole;
import fi.hyvinvointialue.forum.domain.profile.Deadline;
import fi.hyvinvointialue.forum.domain.profile.KeskiSuomi;
import fi.hyvinvointialue.forum.domain.profile.PolicyCalendar;
import fi.hyvinvointialue.forum.domain.testing.SampleYears;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The secretary's to-do calendar at its secret address: only a usable calendar token of the county opens it. */
class TodoCalendarTest {
  private static final Instant STORED_AT = Instant.parse("2026-02-10T08:30:15Z");

  private final InMemoryForumYears store = new InMemoryForumYears();
  private final InMemoryApiTokens tokens = new InMemoryApiTokens();
  private ForumServer server;
  private int port;

  @BeforeEach
  void start() {
    store(store, SampleYears.keskiSuomi(2026), 0, STORED_AT);
    server = new ForumServer(TestServers.settings(store).apiTokens(tokens).build());
    port = server.start(0);
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private String token(String countyId, TokenRole role) {
    return tokens.create(countyId, role, "test", TestServers.NOW.minusSeconds(3600), Optional.empty()).bearer();
  }

  private static String path(String token) {
    return ForumServer.todoCalendarPath(KeskiSuomi.COUNTY_ID, token);
  }

  /** The first deadline of the year not done at the tests' "now", as its all-day start. */
  private static String firstOpenDeadline(ForumYear year) {
    PolicyCalendar calendar = PolicyCalendar.of(KeskiSuomi.profile());
    for (ForumEvent event : year.events()) {
      for (Deadline deadline : calendar.deadlines(event, HelsinkiTime.wallTime(TestServers.NOW))) {
        if (!deadline.done()) {
          return "DTSTART;VALUE=DATE:" + deadline.due().format(DateTimeFormatter.BASIC_ISO_DATE);
        }
      }
    }
    throw new AssertionError("the sample year has no open deadline");
  }

  @Test
  void aCalendarTokenOfTheCountyOpensItsToDoCalendarPrivatelyWithAnEtag() {
    String token = token(KeskiSuomi.COUNTY_ID, TokenRole.CALENDAR);

    HttpResponse<byte[]> response = get(port, path(token));

    assertEquals(200, response.statusCode());
    assertEquals("text/calendar; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow().toLowerCase());
    String calendar = new String(response.body(), StandardCharsets.UTF_8);
    assertTrue(calendar.startsWith("BEGIN:VCALENDAR\r\n") && calendar.contains("BEGIN:VEVENT"), calendar);
    assertTrue(calendar.contains(firstOpenDeadline(SampleYears.keskiSuomi(2026))), calendar);
    assertTrue(calendar.contains("#due-"), "the deadlines' own UIDs");
    assertEquals("private, no-cache", response.headers().firstValue("Cache-Control").orElseThrow());
    assertEquals("no-referrer", response.headers().firstValue("Referrer-Policy").orElseThrow());
    assertEquals("Sat, 28 Feb 2026 22:00:00 GMT", response.headers().firstValue("Last-Modified").orElseThrow(),
        "drawn for the day: its start in Helsinki, after the version was stored");
    String etag = response.headers().firstValue("ETag").orElseThrow();
    assertEquals(304, get(port, path(token), "If-None-Match", etag).statusCode());
    HttpResponse<byte[]> head = send(port, "HEAD", path(token));
    assertEquals(200, head.statusCode());
    assertEquals(0, head.body().length);
    assertEquals(etag, head.headers().firstValue("ETag").orElseThrow());
  }

  @Test
  void holdsTheNextYearsDeadlinesTooWhenItIsStored() {
    String token = token(KeskiSuomi.COUNTY_ID, TokenRole.CALENDAR);
    String before = get(port, path(token)).headers().firstValue("ETag").orElseThrow();
    store(store, SampleYears.keskiSuomi(2027), 0, STORED_AT.plusSeconds(60));

    HttpResponse<byte[]> both = get(port, path(token));

    String calendar = new String(both.body(), StandardCharsets.UTF_8);
    assertTrue(calendar.contains(firstOpenDeadline(SampleYears.keskiSuomi(2026))), calendar);
    assertTrue(calendar.contains(firstOpenDeadline(SampleYears.keskiSuomi(2027))), calendar);
    assertEquals(1, calendar.split("BEGIN:VCALENDAR", -1).length - 1, "one calendar");
    assertEquals(200, get(port, path(token), "If-None-Match", before).statusCode(), "a new version is a new calendar");
  }

  @Test
  void anythingButAUsableCalendarTokenOfTheCountyIsThePlainNotFoundPage() {
    byte[] notFound = get(port, "/keski-suomi/nothing.ics").body();
    String revoked = token(KeskiSuomi.COUNTY_ID, TokenRole.CALENDAR);
    String etag = get(port, path(revoked)).headers().firstValue("ETag").orElseThrow();
    tokens.revoke(revoked.substring(0, revoked.indexOf('.')), TestServers.NOW.minusSeconds(1));
    String expired = tokens.create(KeskiSuomi.COUNTY_ID, TokenRole.CALENDAR, "old", TestServers.NOW.minus(Duration.ofDays(2)),
        Optional.of(TestServers.NOW)).bearer();
    String otherCounty = token("pohjanmaa", TokenRole.CALENDAR);
    String valid = token(KeskiSuomi.COUNTY_ID, TokenRole.CALENDAR);

    for (String path : List.of(path(revoked), path(expired), path(otherCounty),
        path(token(KeskiSuomi.COUNTY_ID, TokenRole.SECRETARY)), path(token(KeskiSuomi.COUNTY_ID, TokenRole.READER)),
        path(valid.substring(0, valid.length() - 1) + (valid.endsWith("A") ? "B" : "A")), path("x"), path(""),
        "/keski-suomi/todo/" + valid, "/keski-suomi/todo/" + valid + ".ics.ics", "/keski-suomi/todo/",
        ForumServer.todoCalendarPath("pohjanmaa", otherCounty))) {
      HttpResponse<byte[]> response = get(port, path);
      assertEquals(404, response.statusCode(), path);
      assertArrayEquals(notFound, response.body(), path);
    }
    assertEquals(404, get(port, path(revoked), "If-None-Match", etag).statusCode(), "revoked at once, a kept copy no matter");
    assertEquals(200, get(port, path(valid)).statusCode());
  }

  @Test
  void theApiRefusesACalendarTokenAsABearerToken() {
    String yearPath = "/api/v1/keski-suomi/2026";

    assertEquals(401, get(port, yearPath, "Authorization", "Bearer " + token(KeskiSuomi.COUNTY_ID, TokenRole.CALENDAR)).statusCode());
    assertEquals(200, get(port, yearPath, "Authorization", "Bearer " + token(KeskiSuomi.COUNTY_ID, TokenRole.READER)).statusCode());
  }

  @Test
  void withoutTokensTheServerHasNoToDoCalendars() {
    try (ForumServer withoutTokens = new ForumServer(TestServers.settings(store).build())) {
      assertEquals(404, get(withoutTokens.start(0), path(token(KeskiSuomi.COUNTY_ID, TokenRole.CALENDAR))).statusCode());
    }
  }
}
