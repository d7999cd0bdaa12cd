package fi.hyvinvointialue.forum.server;

import static fi.hyvinvointialue.forum.server.TestServers.get;
import static fi.hyvinvointialue.forum.server.TestServers.send;
import static fi.hyvinvointialue.forum.server.TestServers.store;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.hyvinvointialue.forum.domain.CountyPublishing;
import fi.hyvinvointialue.forum.domain.ImmutableCountyPublishing;
import fi.hyvinvointialue.forum.domain.ImmutableForumYear;
import fi.hyvinvointialue.forum.domain.YearKey;
import fi.hyvinvointialue.forum.domain.history.EventStamps;
import fi.hyvinvointialue.forum.domain.memory.InMemoryForumYears;
import fi.hyvinvointialue.forum.domain.testing.SampleYears;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForumServerTest {
  private static final Instant STORED_AT = Instant.parse("2026-02-10T08:30:15.250Z");

  private final InMemoryForumYears store = new InMemoryForumYears();
  private ForumServer server;
  private int port;

  @BeforeEach
  void start() {
    store(store, SampleYears.keskiSuomi(2026), 0, STORED_AT);
    server = new ForumServer(TestServers.settings(store).build());
    port = server.start(0);
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void servesTheStoredYearAsACalendarWithAStrongEtagAndWhenItWasStored() {
    HttpResponse<byte[]> response = get(port, "/keski-suomi/2026.ics");

    assertEquals(200, response.statusCode());
    assertEquals("text/calendar; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow().toLowerCase());
    String feed = new String(response.body(), StandardCharsets.UTF_8);
    assertTrue(feed.startsWith("BEGIN:VCALENDAR\r\n"), feed);
    assertTrue(feed.contains("ORGANIZER") && feed.contains("mailto:foorumi@hyvaks.fi"), feed);
    assertTrue(feed.contains("@hyvaks.fi"), "UIDs in the county's own domain");
    String etag = response.headers().firstValue("ETag").orElseThrow();
    assertTrue(etag.startsWith("\""), "a strong ETag: " + etag);
    assertEquals("Tue, 10 Feb 2026 08:30:15 GMT", response.headers().firstValue("Last-Modified").orElseThrow());
    assertEquals(Responses.CACHE_CONTROL, response.headers().firstValue("Cache-Control").orElseThrow());
    assertEquals(String.valueOf(response.body().length), response.headers().firstValue("Content-Length").orElseThrow());
  }

  @Test
  void answersNotModifiedToAClientWhoseCopyIsCurrent() {
    String etag = get(port, "/keski-suomi/2026.ics").headers().firstValue("ETag").orElseThrow();

    assertEquals(304, get(port, "/keski-suomi/2026.ics", "If-None-Match", etag).statusCode());
    assertEquals(304, get(port, "/keski-suomi/2026.ics", "If-None-Match", "W/" + etag).statusCode(), "weak comparison");
    assertEquals(304, get(port, "/keski-suomi/2026.ics", "If-None-Match", "\"other\", " + etag).statusCode());
    assertEquals(304, get(port, "/keski-suomi/2026.ics", "If-Modified-Since", "Tue, 10 Feb 2026 08:30:15 GMT").statusCode());
    assertEquals(200, get(port, "/keski-suomi/2026.ics", "If-Modified-Since", "Tue, 10 Feb 2026 08:30:14 GMT").statusCode());
    assertEquals(200, get(port, "/keski-suomi/2026.ics", "If-None-Match", "\"other\"",
        "If-Modified-Since", "Tue, 10 Feb 2026 08:30:15 GMT").statusCode(), "If-None-Match decides when both are given");
    HttpResponse<byte[]> notModified = get(port, "/keski-suomi/2026.ics", "If-None-Match", etag);
    assertEquals(0, notModified.body().length);
    assertEquals(etag, notModified.headers().firstValue("ETag").orElseThrow());
  }

  @Test
  void gzipIsAnotherRepresentationWithItsOwnEtag() throws IOException {
    HttpResponse<byte[]> identity = get(port, "/keski-suomi/2026.ics");
    HttpResponse<byte[]> gzip = get(port, "/keski-suomi/2026.ics", "Accept-Encoding", "gzip, deflate");

    assertEquals("gzip", gzip.headers().firstValue("Content-Encoding").orElseThrow());
    assertEquals("Accept-Encoding", gzip.headers().firstValue("Vary").orElseThrow());
    assertNotEquals(identity.headers().firstValue("ETag"), gzip.headers().firstValue("ETag"));
    try (GZIPInputStream unzipped = new GZIPInputStream(new ByteArrayInputStream(gzip.body()))) {
      assertArrayEquals(identity.body(), unzipped.readAllBytes());
    }
    assertFalse(get(port, "/keski-suomi/2026.ics", "Accept-Encoding", "gzip;q=0").headers().firstValue("Content-Encoding").isPresent());
    assertEquals(304, get(port, "/keski-suomi/2026.ics", "Accept-Encoding", "gzip",
        "If-None-Match", gzip.headers().firstValue("ETag").orElseThrow()).statusCode());
  }

  @Test
  void headSaysWhatGetWouldSendWithoutTheBody() {
    HttpResponse<byte[]> full = get(port, "/keski-suomi/2026.ics");
    HttpResponse<byte[]> head = send(port, "HEAD", "/keski-suomi/2026.ics");

    assertEquals(200, head.statusCode());
    assertEquals(0, head.body().length);
    assertEquals(full.headers().firstValue("ETag"), head.headers().firstValue("ETag"));
    assertEquals(String.valueOf(full.body().length), head.headers().firstValue("Content-Length").orElseThrow());
  }

  @Test
  void aNewlyStoredVersionIsServedWithANewEtag() {
    HttpResponse<byte[]> before = get(port, "/keski-suomi/2026.ics");
    store(store, ImmutableForumYear.copyOf(SampleYears.keskiSuomi(2026)).withEvents(SampleYears.keskiSuomi(2026).events().subList(0, 2)),
        1, STORED_AT.plusSeconds(3600));

    HttpResponse<byte[]> after = get(port, "/keski-suomi/2026.ics",
        "If-None-Match", before.headers().firstValue("ETag").orElseThrow());

    assertEquals(200, after.statusCode());
    assertNotEquals(before.headers().firstValue("ETag"), after.headers().firstValue("ETag"));
    assertEquals("Tue, 10 Feb 2026 09:30:15 GMT", after.headers().firstValue("Last-Modified").orElseThrow());
    assertTrue(after.body().length < before.body().length);
  }

  @Test
  void theForumsFeedHoldsThisYearAndTheNextWithUniqueUids() {
    store(store, SampleYears.keskiSuomi(2027), 0, STORED_AT.plusSeconds(60));

    HttpResponse<byte[]> response = get(port, "/keski-suomi/forums.ics");

    assertEquals(200, response.statusCode());
    String feed = new String(response.body(), StandardCharsets.UTF_8);
    List<String> uids = uids(feed);
    assertEquals(uids.stream().distinct().count(), uids.size(), feed);
    assertTrue(uids.contains(EventStamps.uid(YearKey.of("keski-suomi", 2026), "foorumi-2026-1"))
        && uids.contains(EventStamps.uid(YearKey.of("keski-suomi", 2027), "foorumi-2027-1")), feed);
    assertEquals(1, feed.split("BEGIN:VCALENDAR", -1).length - 1);
    assertEquals("Tue, 10 Feb 2026 08:31:15 GMT", response.headers().firstValue("Last-Modified").orElseThrow(), "the newer year's");
  }

  @Test
  void servesTheYearsPageInEachLanguage() {
    HttpResponse<byte[]> finnish = get(port, "/keski-suomi/2026/");
    HttpResponse<byte[]> swedish = get(port, "/keski-suomi/2026/sv/");

    assertEquals(200, finnish.statusCode());
    assertEquals("text/html;charset=utf-8", finnish.headers().firstValue("Content-Type").orElseThrow().toLowerCase().replace(" ", ""));
    assertTrue(new String(finnish.body(), StandardCharsets.UTF_8).contains("lang=\"fi\""));
    assertTrue(new String(swedish.body(), StandardCharsets.UTF_8).contains("lang=\"sv\""));
    assertEquals(304, get(port, "/keski-suomi/2026/sv/", "If-None-Match", swedish.headers().firstValue("ETag").orElseThrow()).statusCode());
    HttpResponse<byte[]> index = get(port, "/keski-suomi/");
    assertEquals(200, index.statusCode());
    assertTrue(new String(index.body(), StandardCharsets.UTF_8).contains("href=\"2026/\""), "the index links the year's page");
    assertTrue(new String(get(port, "/keski-suomi/en/").body(), StandardCharsets.UTF_8).contains("lang=\"en\""));
    for (String[] moved : new String[][] {{"/keski-suomi/2026", "/keski-suomi/2026/"}, {"/keski-suomi/2026/sv", "/keski-suomi/2026/sv/"},
        {"/keski-suomi/2026/fi/", "/keski-suomi/2026/"}, {"/keski-suomi", "/keski-suomi/"}, {"/keski-suomi/sv", "/keski-suomi/sv/"}}) {
      HttpResponse<byte[]> redirect = get(port, moved[0]);
      assertEquals(301, redirect.statusCode(), moved[0]);
      assertEquals(moved[1], redirect.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""), moved[0]);
    }
  }

  @Test
  void anUnknownCountyYearOrLanguageIsANotFoundPage() {
    for (String path : List.of("/uusimaa/2026.ics", "/keski-suomi/2025.ics", "/keski-suomi/2026/de", "/keski-suomi/1999",
        "/keski-suomi/forums.ics/extra/more", "/")) {
      HttpResponse<byte[]> response = get(port, path);
      assertEquals(404, response.statusCode(), path);
      assertTrue(new String(response.body(), StandardCharsets.UTF_8).contains("<main>"), path);
    }
  }

  @Test
  void malformedOverlongAndTraversingPathsAreRefused() {
    for (String path : List.of("/keski-suomi/20x6.ics", "/keski-suomi/2026.ics.bak", "/../../etc/passwd", "/keski-suomi/../../etc/passwd",
        "/keski-suomi/%2e%2e/%2e%2e/etc/passwd", "/keski-suomi/..%2f..%2fetc%2fpasswd", "/keski-suomi/2026%00.ics",
        "/keski-suomi/" + "9".repeat(40) + ".ics", "/" + "a".repeat(300), "/keski-suomi/%ff%fe", "/keski-suomi//2026.ics")) {
      int status = get(port, path).statusCode();
      assertTrue(status == 400 || status == 404, path + " gave " + status);
    }
  }

  @Test
  void healthSaysTheDatabaseAnswers() {
    HttpResponse<byte[]> health = get(port, "/health");

    assertEquals(200, health.statusCode());
    assertEquals("{\"status\":\"up\",\"database\":\"up\"}\n", new String(health.body(), StandardCharsets.UTF_8));
  }

  @Test
  void servesADirectoryAsPlainFilesBelowStaticFiles(@TempDir Path directory) throws IOException {
    Files.createDirectories(directory.resolve("bench/keski-suomi"));
    Files.writeString(directory.resolve("bench/keski-suomi/2026.ics"), "BEGIN:VCALENDAR\r\n");
    try (ForumServer files = new ForumServer(TestServers.settings(store).staticFiles(directory).build())) {
      int filesPort = files.start(0);

      HttpResponse<byte[]> file = get(filesPort, "/static/files/bench/keski-suomi/2026.ics");

      assertEquals(200, file.statusCode());
      assertEquals("BEGIN:VCALENDAR\r\n", new String(file.body(), StandardCharsets.UTF_8));
      assertEquals(200, get(filesPort, "/keski-suomi/2026.ics").statusCode(), "the counties are served beside the files");
    }
  }

  @Test
  void linksAreAbsoluteFromTheCountysOwnAddressElseTheServers() {
    assertTrue(new String(get(port, "/keski-suomi/2026.ics").body(), StandardCharsets.UTF_8).contains("https://foorumi.example.fi/keski-suomi/2026/"));
    List<URI> countyUrls = new CopyOnWriteArrayList<>();
    CountyPublishing ownSite = ImmutableCountyPublishing.copyOf(TestServers.KESKI_SUOMI)
        .withPublicBaseUrl(URI.create("https://www.hyvaks.fi/foorumi"));
    try (ForumServer own = new ForumServer(ImmutableServerSettings.copyOf(TestServers.settings(store).build()).withCounties(ownSite)
        .withPages((stored, publishing, language, now, countyUrl) -> {
          countyUrls.add(countyUrl);
          return "<!DOCTYPE html>";
        }))) {
      int ownPort = own.start(0);

      String feed = new String(get(ownPort, "/keski-suomi/2026.ics").body(), StandardCharsets.UTF_8);
      get(ownPort, "/keski-suomi/2026/");

      assertTrue(feed.contains("https://www.hyvaks.fi/foorumi/keski-suomi/2026/"), feed);
      assertEquals(List.of(URI.create("https://www.hyvaks.fi/foorumi/keski-suomi/")), countyUrls);
    }
  }

  @Test
  void refusesToStartTwice() {
    assertEquals(port, server.port());
    assertThrows(IllegalStateException.class, () -> server.start(0));
  }

  private static List<String> uids(String feed) {
    Matcher uid = Pattern.compile("\r\nUID:([^\r]*)").matcher(feed.replace("\r\n ", ""));
    List<String> uids = new ArrayList<>();
    while (uid.find()) {
      uids.add(uid.group(1));
    }
    return uids;
  }
}
