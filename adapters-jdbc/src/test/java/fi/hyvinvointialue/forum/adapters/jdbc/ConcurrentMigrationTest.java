package fi.hyvinvointialue.forum.adapters.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Several processes starting at once against an empty database (a server and its command-line tools
 * deployed together) each migrate it: every one must succeed, however the race for the schema history
 * table falls out.
 */
@ExtendWith(EmbeddedPostgresExtension.class)
class ConcurrentMigrationTest {
  private static final int ROUNDS = 20;
  private static final int PROCESSES = 4;

  /** One process: migrates the database at the URL and exits 0, or prints the failure and exits 1. */
  public static void main(String[] args) {
    try {
      JdbcForumYears.open(args[0], "postgres", "");
      System.exit(0);
    } catch (RuntimeException failure) {
      System.out.println(failure.getMessage());
      System.exit(1);
    }
  }

  @Test
  void fourProcessesMigratingAnEmptyDatabaseAtOnceAllSucceed(EmbeddedPostgres server) throws IOException, SQLException,
      InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    for (int round = 1; round <= ROUNDS; round++) {
      String database = "concurrent_migration_" + round;
      try (Connection connection = server.getPostgresDatabase().getConnection(); Statement statement = connection.createStatement()) {
        statement.execute("CREATE DATABASE " + database);
      }
      String url = server.getJdbcUrl("postgres", database);
      List<Process> processes = new ArrayList<>();
      for (int process = 0; process < PROCESSES; process++) {
        processes.add(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), ConcurrentMigrationTest.class.getName(), url)
            .redirectErrorStream(true).start());
      }
      List<String> failures = new ArrayList<>();
      for (Process process : processes) {
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
          process.destroyForcibly();
          failures.add("did not finish");
        } else if (process.exitValue() != 0) {
          failures.add(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip());
        }
      }
      assertEquals(List.of(), failures, "round " + round);
    }
  }
}
