package fi.hyvinvointialue.forum.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.HelsinkiTime;
import fi.hyvinvointialue.forum.domain.ImmutableForumEvent;
import fi.hyvinvointialue.forum.domain.ImmutableForumYear;
import fi.hyvinvointialue.forum.domain.ImmutableRecording;
import fi.hyvinvointialue.forum.domain.memory.InMemoryForumYears;
import fi.hyvinvointialue.forum.domain.testing.HeadlessChromium;
import fi.hyvinvointialue.forum.domain.testing.SampleYears;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A real browser walks the served site as a resident would: opens the county's address, follows its
 * year, switches to
 * Swedish, follows a past forum's recording link, and subscribes to the feed the page links to.
 */
class SiteWalkTest {
  @Test
  void aResidentOpensThePageSwitchesLanguageWatchesTheRecordingAndSubscribes(@TempDir Path files) throws IOException {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    String site = "http://localhost:" + port + "/";
    Path recordingPage = files.resolve("media/recordings/foorumi-1.html");
    Files.createDirectories(recordingPage.getParent());
    Files.writeString(recordingPage, "<!DOCTYPE html><html lang=\"fi\"><head><title>Tallenne</title></head><body><main>video</main></body></html>");
    URI recording = URI.create(site + "static/files/media/recordings/foorumi-1.html");

    ForumYear sample = SampleYears.keskiSuomi(2026);
    ForumEvent first = sample.events().get(0);
    LocalDateTime published = first.end().plusDays(1);
    List<ForumEvent> events = new ArrayList<>(sample.events());
    events.set(0, ImmutableForumEvent.copyOf(first)
        .withRecording(ImmutableRecording.builder().publishedAt(published).uri(recording).build()));
    ForumYear year = ImmutableForumYear.copyOf(sample).withEvents(ImmutableList.copyOf(events));
    Instant now = HelsinkiTime.instant(published.plusDays(2));
    InMemoryForumYears store = new InMemoryForumYears();
    TestServers.store(store, year, 0, now.minusSeconds(3600));

    ChromeDriver browser = HeadlessChromium.start();
    try (ForumServer server = new ForumServer(ImmutableServerSettings.copyOf(TestServers.settings(store).build())
        .withPublicBaseUrl(URI.create(site)).withClock(Clock.fixed(now, ZoneOffset.UTC)).withStaticFiles(files))) {
      server.start(port);

      browser.get(site + "keski-suomi");
      assertEquals(site + "keski-suomi/", browser.getCurrentUrl());
      browser.findElement(By.cssSelector("main a[href='2026/']")).click();
      assertEquals(site + "keski-suomi/2026/", browser.getCurrentUrl());
      assertEquals("fi", browser.findElement(By.tagName("html")).getAttribute("lang"));

      browser.findElement(By.cssSelector("a[hreflang='sv']")).click();
      assertEquals(site + "keski-suomi/2026/sv/", browser.getCurrentUrl());
      assertEquals("sv", browser.findElement(By.tagName("html")).getAttribute("lang"));

      browser.findElement(By.cssSelector("a[href='" + recording + "']")).click();
      assertEquals(recording.toString(), browser.getCurrentUrl());
      assertEquals("Tallenne", browser.getTitle());

      browser.navigate().back();
      List<WebElement> subscriptions = browser.findElements(By.cssSelector("#subscribe a"));
      List<String> links = subscriptions.stream().map(link -> link.getAttribute("href")).toList();
      assertTrue(links.contains("webcal://localhost:" + port + "/keski-suomi/2026.ics"), links.toString());
      assertTrue(links.contains(site + "keski-suomi/2026.ics"), links.toString());
      HttpResponse<byte[]> feed = TestServers.get(port, "/keski-suomi/2026.ics");
      String calendar = new String(feed.body(), StandardCharsets.UTF_8);
      assertEquals(200, feed.statusCode());
      assertTrue(feed.headers().firstValue("Content-Type").orElseThrow().startsWith("text/calendar"));
      assertTrue(calendar.startsWith("BEGIN:VCALENDAR") && calendar.contains("SUMMARY:" + first.title().substring(0, 10)), calendar);
    } finally {
      browser.quit();
    }
  }
}
