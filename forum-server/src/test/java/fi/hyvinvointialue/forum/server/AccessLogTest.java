package fi.hyvinvointialue.forum.server;

import static fi.hyvinvointialue.forum.server.TestServers.get;
import static fi.hyvinvointialue.forum.server.TestServers.store;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.hyvinvointialue.forum.domain.memory.InMemoryApiTokens;
import fi.hyvinvointialue.forum.domain.memory.InMemoryForumYears;
import fi.hyvinvointialue.forum.domain.port.TokenRole;
import fi.hyvinvointialue.forum.domain.testing.SampleYears;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The access log names method, path, status, bytes and time: never a query string, a client or an unknown path. */
class AccessLogTest {
  private static final Path LOG = Path.of(System.getProperty("org.slf4j.simpleLogger.logFile"));

  @Test
  void logsTheRequestWithoutItsQueryStringOrAnUnknownPath() throws IOException {
    InMemoryForumYears years = new InMemoryForumYears();
    store(years, SampleYears.keskiSuomi(2026), 0, TestServers.NOW);
    try (ForumServer server = new ForumServer(TestServers.settings(years).build())) {
      int port = server.start(0);
      int feedBytes = get(port, "/keski-suomi/2026.ics?token=s3cret-token").body().length;
      get(port, "/matti.meikalainen@example.fi/2026.ics?email=matti");
      get(port, "/keski-suomi/2026.ics?last=1");

      List<String> lines = awaitLines("/keski-suomi/2026.ics 200 " + feedBytes + " ", 2);

      String log = String.join("\n", lines);
      assertTrue(log.contains("fi.hyvinvointialue.forum.server.access - GET - 404 "), log);
      assertFalse(log.contains("s3cret") || log.contains("token=") || log.contains("meikalainen") || log.contains("127.0.0.1"), log);
    }
  }

  @Test
  void neverLogsAToDoCalendarsToken() throws IOException {
    InMemoryForumYears years = new InMemoryForumYears();
    InMemoryApiTokens tokens = new InMemoryApiTokens();
    store(years, SampleYears.keskiSuomi(2026), 0, TestServers.NOW);
    String token = tokens.create("keski-suomi", TokenRole.CALENDAR, "kalenteri", TestServers.NOW, Optional.empty()).bearer();
    try (ForumServer server = new ForumServer(TestServers.settings(years).apiTokens(tokens).build())) {
      int port = server.start(0);
      String path = ForumServer.todoCalendarPath("keski-suomi", token);
      int calendarBytes = get(port, path).body().length;
      get(port, path, "If-None-Match", get(port, path).headers().firstValue("ETag").orElseThrow());
      get(port, ForumServer.todoCalendarPath("keski-suomi", token + "x"));

      String log = String.join("\n", awaitLines("GET /keski-suomi/todo/***.ics 304 0 ", 1));

      assertTrue(log.contains("GET /keski-suomi/todo/***.ics 200 " + calendarBytes + " "), log);
      assertFalse(log.contains(token.substring(0, token.indexOf('.'))) || log.contains(token.substring(token.indexOf('.') + 1)), log);
    }
  }

  /** The log line is written after the response, so it may land a moment after the client has it. */
  private static List<String> awaitLines(String part, int count) throws IOException {
    for (int attempt = 0; ; attempt++) {
      List<String> lines = Files.readAllLines(LOG, StandardCharsets.UTF_8);
      if (lines.stream().filter(line -> line.contains(part)).count() >= count || attempt == 200) {
        return lines;
      }
      try {
        Thread.sleep(25);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return lines;
      }
    }
  }
}
