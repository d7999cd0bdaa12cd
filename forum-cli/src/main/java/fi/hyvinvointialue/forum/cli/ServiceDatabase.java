package fi.hyvinvointialue.forum.cli;

import fi.hyvinvointialue.forum.adapters.jdbc.JdbcForumYears;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The database of a long-running service ({@code serve}, and {@code migrate} before it), configured as a
 * service manager configures one: the store options, with the URL also from {@code FORUM_JDBC_URL} and the
 * password also from a file ({@code FORUM_DB_PASSWORD_FILE}, for systemd credentials).
 */
final class ServiceDatabase {
  @Mixin StoreOptions store;

  @Option(names = "--db-password-file", paramLabel = "FILE", defaultValue = "${env:FORUM_DB_PASSWORD_FILE}",
      description = "Read the database password from a file (systemd credentials; default: $FORUM_DB_PASSWORD_FILE).")
  Path passwordFile;

  /** The store, its schema brought up to date, or with {@code migrate} false only checked. */
  JdbcForumYears open(boolean migrate) {
    if (store.jdbcUrl == null) {
      store.jdbcUrl = System.getenv("FORUM_JDBC_URL");
    }
    if (passwordFile != null) {
      try {
        store.password = Files.readString(passwordFile, StandardCharsets.UTF_8).strip();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the database password file " + passwordFile, e);
      }
    }
    if (migrate) {
      return store.open();
    }
    String url = store.jdbcUrl != null ? store.jdbcUrl : JdbcForumYears.embeddedH2Url(store.directory != null ? store.directory
        : Path.of(System.getProperty("user.home"), ".forum-policy"));
    return JdbcForumYears.openWithoutMigrating(url, store.user, store.password);
  }
}
