package fi.hyvinvointialue.forum.cli;

import fi.hyvinvointialue.forum.adapters.jdbc.JdbcForumYears;
import fi.hyvinvointialue.forum.adapters.jdbc.JdbcForumYears.Connections;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Where plans are stored: an embedded H2 database in a directory, or any database by JDBC URL. The URL
 * and the password may come from the environment, the password also from a file (a systemd credential).
 */
final class StoreOptions {
  static final String JDBC_URL_VARIABLE = "FORUM_JDBC_URL";
  static final String PASSWORD_VARIABLE = "FORUM_DB_PASSWORD";
  static final String PASSWORD_FILE_VARIABLE = "FORUM_DB_PASSWORD_FILE";

  private final Context context;

  @Option(names = "--store-dir", paramLabel = "DIR",
      description = "Directory of the embedded H2 database (default: ~/.forum-policy).")
  Path directory;

  @Option(names = "--jdbc-url", paramLabel = "URL",
      description = "A PostgreSQL (jdbc:postgresql://host/db?user=...) or H2 database instead (default: $" + JDBC_URL_VARIABLE + ").")
  String jdbcUrl;

  @Option(names = "--db-user", paramLabel = "USER", description = "The database user (default: the URL's user=).")
  String user;

  @Option(names = "--db-password", paramLabel = "PASSWORD",
      description = "The database password (default: $" + PASSWORD_VARIABLE + ", else the file named by $"
          + PASSWORD_FILE_VARIABLE + ", else the URL's password=).")
  String password;

  @Option(names = "--db-password-file", paramLabel = "FILE",
      description = "Read the database password from a file (systemd credentials; default: $" + PASSWORD_FILE_VARIABLE + ").")
  Path passwordFile;

  StoreOptions(Context context) {
    this.context = context;
  }

  /** The store, its schema brought up to date. */
  JdbcForumYears open() {
    return open(Connections.PER_OPERATION);
  }

  /** The store, its schema brought up to date, its connections kept as {@code connections} says (a server pools them). */
  JdbcForumYears open(Connections connections) {
    return JdbcForumYears.open(url(), given(user), password(), connections);
  }

  /** The store over a schema someone else brought up to date ({@code forum migrate}): only checked. */
  JdbcForumYears openWithoutMigrating(Connections connections) {
    return JdbcForumYears.openWithoutMigrating(url(), given(user), password(), connections);
  }

  private String url() {
    Map<String, String> environment = context.environment();
    return jdbcUrl != null ? jdbcUrl : given(environment.get(JDBC_URL_VARIABLE)) != null
        ? environment.get(JDBC_URL_VARIABLE)
        : JdbcForumYears.embeddedH2Url(directory != null ? directory : Path.of(System.getProperty("user.home"), ".forum-policy"));
  }

  /** The option, else the variable, else the file the option or the other variable names; null for none. */
  private String password() {
    Map<String, String> environment = context.environment();
    if (password != null) {
      return password;
    }
    if (given(environment.get(PASSWORD_VARIABLE)) != null) {
      return environment.get(PASSWORD_VARIABLE);
    }
    String file = passwordFile != null ? passwordFile.toString() : given(environment.get(PASSWORD_FILE_VARIABLE));
    if (file == null) {
      return null;
    }
    try {
      // the file's one line; the line end an editor or `echo` adds is not part of the password
      return Files.readString(Path.of(file), StandardCharsets.UTF_8).replaceFirst("\\r?\\n$", "");
    } catch (IOException unreadable) {
      throw new UncheckedIOException("cannot read the database password file " + file + ": " + unreadable.getMessage(), unreadable);
    }
  }

  /** Null for an empty value: an unset option or variable. */
  private static String given(String value) {
    return value == null || value.isEmpty() ? null : value;
  }
}
