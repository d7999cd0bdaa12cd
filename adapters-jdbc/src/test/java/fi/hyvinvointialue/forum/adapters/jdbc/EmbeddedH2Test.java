package fi.hyvinvointialue.forum.adapters.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.port.ImmutableChange;
import fi.hyvinvointialue.forum.domain.port.StoredYear;
import fi.hyvinvointialue.forum.domain.testing.SampleYears;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The zero-set-up default: an H2 file database in a directory of the user's. */
class EmbeddedH2Test {
  @TempDir Path directory;

  /** Each database the test opened, shut down: H2 writes its auto-server lock file again while it is open. */
  @AfterEach
  void shutDown() throws SQLException {
    for (Path database : List.of(directory, directory.resolve("not-yet-there"))) {
      if (Files.exists(database.resolve("forum-policy.mv.db"))) {
        try (Connection connection = DriverManager.getConnection(JdbcForumYears.embeddedH2Url(database), "sa", "");
            Statement statement = connection.createStatement()) {
          statement.execute("SHUTDOWN");
        }
      }
    }
  }

  /**
   * A second H2 engine, in a class loader of its own as in another process, opens the file this one holds
   * open (the store keeps it open until the JVM exits): through H2's auto-server it reads and writes the
   * same database instead of failing on the file lock.
   */
  @Test
  void aSecondEngineUsesTheDatabaseWhileTheFirstHoldsItOpen() throws Exception {
    String url = JdbcForumYears.embeddedH2Url(directory);
    ForumYear year = SampleYears.keskiSuomiWithPartnership(2026);
    JdbcForumYears first = JdbcForumYears.open(url, "sa", "");
    first.save(year, SampleYears.profile(), 0,
        ImmutableChange.builder().actor("sihteeri").at(Instant.parse("2026-01-15T08:30:00Z")).summary("plan").build());
    URL h2 = org.h2.Driver.class.getProtectionDomain().getCodeSource().getLocation();

    try (URLClassLoader otherProcess = new URLClassLoader(new URL[] {h2}, ClassLoader.getPlatformClassLoader())) {
      Driver driver = (Driver) Class.forName("org.h2.Driver", true, otherProcess).getDeclaredConstructor().newInstance();
      assertNotSame(org.h2.Driver.class, driver.getClass(), "a separate engine");
      Properties login = new Properties();
      login.setProperty("user", "sa");
      login.setProperty("password", "");
      try (Connection connection = driver.connect(url, login); Statement statement = connection.createStatement()) {
        try (ResultSet current = statement.executeQuery("SELECT current_version FROM forum_year WHERE county_id = 'keski-suomi'")) {
          assertTrue(current.next());
          assertEquals(1, current.getLong(1));
        }
        statement.executeUpdate("UPDATE forum_year_version SET summary = 'seen by another process' WHERE county_id = 'keski-suomi'");
      }
    }

    assertEquals("seen by another process", first.history(year.key()).get(0).summary());
  }

  @Test
  void theUrlNamesAFileDatabaseInTheDirectory() {
    assertEquals(
        "jdbc:h2:file:" + directory.toAbsolutePath() + "/forum-policy;DB_CLOSE_DELAY=-1;AUTO_SERVER=TRUE;LOCK_TIMEOUT=10000",
        JdbcForumYears.embeddedH2Url(directory));
  }

  @Test
  void aDirectoryThatWouldBreakTheUrlIsRefused() {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> JdbcForumYears.embeddedH2Url(directory.resolve("a;b")));

    assertTrue(error.getMessage().startsWith("the H2 database directory must not contain ';': "), error.getMessage());
  }
}
