package fi.hyvinvointialue.forum.cli;

import fi.hyvinvointialue.forum.adapters.jdbc.JdbcForumYears;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Closes the embedded databases the commands opened in a test's directory. The command keeps its database
 * open until the JVM exits and, serving it to other processes, keeps a lock file that H2 writes again when
 * it disappears: a test directory holding an open one could not be deleted.
 */
final class EmbeddedDatabases {
  private EmbeddedDatabases() {}

  static void shutDownIn(Path directory) throws IOException, SQLException {
    if (!Files.isDirectory(directory)) {
      return;
    }
    List<Path> databases;
    try (Stream<Path> files = Files.walk(directory)) {
      databases = files.filter(file -> file.getFileName().toString().equals("forum-policy.mv.db")).collect(Collectors.toList());
    }
    for (Path database : databases) {
      try (Connection connection = DriverManager.getConnection(JdbcForumYears.embeddedH2Url(database.getParent()), "", "");
          Statement statement = connection.createStatement()) {
        statement.execute("SHUTDOWN");
      }
    }
  }
}
