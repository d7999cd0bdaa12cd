package fi.hyvinvointialue.forum.adapters.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.port.ImmutableChange;
import fi.hyvinvointialue.forum.domain.port.StoredYear;
import fi.hyvinvointialue.forum.domain.testing.SampleYears;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The zero-set-up default: an H2 file database in a directory of the user's. */
class EmbeddedH2Test {
  @TempDir Path directory;

  @Test
  void aYearSavedInTheDirectoryIsThereForTheNextStore() {
    String url = JdbcForumYears.embeddedH2Url(directory.resolve("not-yet-there"));
    ForumYear year = SampleYears.keskiSuomiWithPartnership(2026);

    StoredYear saved = JdbcForumYears.open(url, "sa", "").save(year, SampleYears.profile(), 0,
        ImmutableChange.builder().actor("sihteeri").at(Instant.parse("2026-01-15T08:30:00Z")).summary("plan").build());

    assertEquals(saved, JdbcForumYears.open(url, "sa", "").find(year.key()).orElseThrow());
    assertEquals(1, saved.version());
    assertTrue(Files.exists(directory.resolve("not-yet-there").resolve("forum-policy.mv.db")));
  }

  @Test
  void theUrlNamesAFileDatabaseInTheDirectory() {
    assertEquals(
        "jdbc:h2:file:" + directory.toAbsolutePath() + "/forum-policy;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        JdbcForumYears.embeddedH2Url(directory));
  }

  @Test
  void aDirectoryThatWouldBreakTheUrlIsRefused() {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> JdbcForumYears.embeddedH2Url(directory.resolve("a;b")));

    assertTrue(error.getMessage().startsWith("the H2 database directory must not contain ';': "), error.getMessage());
  }
}
