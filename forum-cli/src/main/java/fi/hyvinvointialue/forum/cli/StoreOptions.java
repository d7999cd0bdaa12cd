package fi.hyvinvointialue.forum.cli;

import fi.hyvinvointialue.forum.adapters.jdbc.JdbcForumYears;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where plans are stored: an embedded H2 database in a directory, or any database by JDBC URL. */
final class StoreOptions {
  @Option(names = "--store-dir", paramLabel = "DIR",
      description = "Directory of the embedded H2 database (default: ~/.forum-policy).")
  Path directory;

  @Option(names = "--jdbc-url", paramLabel = "URL", description = "A PostgreSQL (jdbc:postgresql://...) or H2 database instead.")
  String jdbcUrl;

  @Option(names = "--db-user", paramLabel = "USER", defaultValue = "", description = "The database user.")
  String user;

  @Option(names = "--db-password", paramLabel = "PASSWORD", defaultValue = "${env:FORUM_DB_PASSWORD:-}",
      description = "The database password (default: $FORUM_DB_PASSWORD).")
  String password;

  JdbcForumYears open() {
    String url = jdbcUrl != null ? jdbcUrl : JdbcForumYears.embeddedH2Url(directory != null ? directory
        : Path.of(System.getProperty("user.home"), ".forum-policy"));
    return JdbcForumYears.open(url, user, password);
  }
}
