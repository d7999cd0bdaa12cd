package fi.hyvinvointialue.forum.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.hyvinvointialue.forum.adapters.jdbc.JdbcForumYears;
import fi.hyvinvointialue.forum.domain.YearKey;
import fi.hyvinvointialue.forum.domain.history.EventStamps;
import fi.hyvinvointialue.forum.domain.profile.KeskiSuomi;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's example, run on a real database with the system clock; the second test keeps the page and the code the same. */
class EmbeddingExampleTest {
  private static final Path SOURCE = Path.of("src/main/java/fi/hyvinvointialue/forum/examples/EmbeddingExample.java");
  private static final Path README = Path.of("../README.md");

  @TempDir Path directory;

  /** The example's database, shut down: H2 writes its auto-server lock file again while it is open. */
  @AfterEach
  void shutDown() throws SQLException {
    if (Files.exists(directory.resolve("forum-policy.mv.db"))) {
      try (Connection connection = DriverManager.getConnection(JdbcForumYears.embeddedH2Url(directory), "sa", "");
          Statement statement = connection.createStatement()) {
        statement.execute("SHUTDOWN");
      }
    }
  }

  @Test
  void plansIsRefusedPublishesAndStoresOnTheRealAdaptersWithTheSystemClock() {
    EmbeddingExample.Walkthrough walkthrough = EmbeddingExample.run(directory, Clock.systemUTC());

    assertNotNull(walkthrough.refusal(), "a single service voucher on the open forum is refused");
    assertEquals("TL-2.5", walkthrough.refusal().clauseId().orElseThrow());
    assertEquals(walkthrough.planned().version() + 1, walkthrough.published().version());
    int year = walkthrough.published().year().year();
    YearKey key = walkthrough.published().year().key();
    String feed = new String(walkthrough.feeds().find(key).orElseThrow(), StandardCharsets.UTF_8);
    String uid = walkthrough.published().year().event("foorumi-" + year + "-1").orElseThrow().uid().orElseThrow();
    assertEquals(EventStamps.uid(key, "foorumi-" + year + "-1"), uid, "stamped at the first save");
    assertTrue(feed.contains("\r\nUID:" + uid + "\r\n"), feed);
    assertTrue(feed.replace("\r\n ", "").contains(":mailto:foorumi-esimerkki@hyvaks.fi\r\n"), feed);
    assertEquals(walkthrough.published().findings().size(), walkthrough.findings().size());
    assertEquals(walkthrough.published().version(), JdbcForumYears.open(JdbcForumYears.embeddedH2Url(directory), "sa", "")
        .find(key).orElseThrow().version(), "the database holds what the secretariat stored");
    assertEquals(KeskiSuomi.COUNTY_ID, key.countyId());
  }

  @Test
  void runningAgainOnTheSameDatabaseContinuesItsHistory() {
    long first = EmbeddingExample.run(directory, Clock.systemUTC()).published().version();

    assertEquals(first + 1, EmbeddingExample.run(directory, Clock.systemUTC()).published().version());
  }

  @Test
  void theReadmeShowsThisExampleAsItRuns() throws IOException {
    List<String> source = Files.readAllLines(SOURCE, StandardCharsets.UTF_8);
    String example = source.subList(source.indexOf("    // example:start") + 1, source.indexOf("    // example:end")).stream()
        .map(line -> line.replaceFirst("^ {4}", ""))
        .collect(Collectors.joining("\n"));

    assertTrue(Files.readString(README, StandardCharsets.UTF_8).contains("```java\n" + example + "\n```"),
        README + " does not show the example of " + SOURCE);
  }
}
