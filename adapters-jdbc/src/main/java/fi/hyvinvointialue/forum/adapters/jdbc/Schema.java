package fi.hyvinvointialue.forum.adapters.jdbc;

import fi.hyvinvointialue.forum.domain.port.StorageFailure;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.exception.FlywayValidateException;

/**
 * The schema, applied by Flyway from {@value #LOCATION}. The scripts and the history table have
 * names of their own, so an application that runs Flyway on the same database for its own tables
 * neither picks up these scripts nor mixes its history with this one.
 */
final class Schema {
  static final String LOCATION = "classpath:db/forum-policy";
  static final String HISTORY_TABLE = "forum_policy_schema_history";

  private Schema() {}

  /** Applies the migrations not yet applied; a changed applied migration is refused. */
  static void migrate(DataSource dataSource, String password) {
    try {
      Flyway.configure(Schema.class.getClassLoader())
          .dataSource(dataSource)
          .locations(LOCATION)
          .table(HISTORY_TABLE)
          // a schema holding an application's own tables gets this history table beside them
          .baselineOnMigrate(true)
          .baselineVersion("0")
          .load()
          .migrate();
    } catch (FlywayValidateException e) {
      throw new StorageFailure(
          "the database's forum-policy schema does not match this library's migrations (was an applied migration"
              + " changed?): " + withoutAdvert(Redaction.redact(e.getMessage(), password)),
          e);
    } catch (FlywayException e) {
      throw new StorageFailure(
          "could not apply the forum-policy schema migrations: " + Redaction.redact(e.getMessage(), password), e);
    }
  }

  /** Flyway ends its validation message with a line advertising its paid edition. */
  private static String withoutAdvert(String message) {
    return message.lines()
        .filter(line -> !line.startsWith("Need more flexibility"))
        .collect(Collectors.joining("\n"));
  }
}
