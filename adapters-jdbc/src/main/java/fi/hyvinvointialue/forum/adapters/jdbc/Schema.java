package fi.hyvinvointialue.forum.adapters.jdbc;

import fi.hyvinvointialue.forum.domain.port.StorageFailure;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.exception.FlywayValidateException;

/**
 * The schema, applied by Flyway from {@value #LOCATION}. The scripts and the history table have
 * names of their own, so an application that runs Flyway on the same database for its own tables
 * neither picks up these scripts nor mixes its history with this one.
 */
final class Schema {
  static final String LOCATION = "classpath:db/forum-policy";
  static final String HISTORY_TABLE = "forum_policy_schema_history";
  /** The first migration of the pre-release 0.1.0 schema (a table per part of the year), never released. */
  private static final String PRE_RELEASE_MIGRATION = "forum years";
  /**
   * Processes that migrate an empty database together race for the history table, and a loser is told to
   * baseline a table that now holds the winner's migrations: it tries again and finds them applied.
   */
  private static final int MIGRATION_ATTEMPTS = 3;

  private Schema() {}

  /** Applies the migrations not yet applied; a changed applied migration is refused. */
  static void migrate(DataSource dataSource, Dialect dialect, String password) {
    for (int attempt = 1; ; attempt++) {
      try {
        flyway(dataSource, dialect).migrate();
        return;
      } catch (FlywayValidateException e) {
        throw mismatch(dataSource, dialect, e, password);
      } catch (FlywayException e) {
        if (attempt == MIGRATION_ATTEMPTS || !lostTheRaceForTheHistoryTable(e)) {
          throw new StorageFailure(
              "could not apply the forum-policy schema migrations: " + withoutAdvert(Redaction.redact(e.getMessage(), password)), e);
        }
      }
    }
  }

  private static boolean lostTheRaceForTheHistoryTable(FlywayException e) {
    String message = String.valueOf(e.getMessage());
    return message.contains("baseline") || message.contains(HISTORY_TABLE);
  }

  /** Checks, without changing anything, that every migration has been applied: for a process with no right to change the schema. */
  static void validate(DataSource dataSource, Dialect dialect, String password) {
    try {
      flyway(dataSource, dialect).validate();
    } catch (FlywayValidateException e) {
      throw mismatch(dataSource, dialect, e, password);
    } catch (FlywayException e) {
      throw new StorageFailure("could not read the forum-policy schema history: " + Redaction.redact(e.getMessage(), password), e);
    }
  }

  private static Flyway flyway(DataSource dataSource, Dialect dialect) {
    return Flyway.configure(Schema.class.getClassLoader())
        .dataSource(dataSource)
        .locations(LOCATION)
        .table(HISTORY_TABLE)
        // a schema holding an application's own tables gets this history table beside them
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .placeholders(Map.of("document_type", dialect.documentType()))
        .load();
  }

  private static StorageFailure mismatch(DataSource dataSource, Dialect dialect, FlywayValidateException e, String password) {
    if (madeByThePreRelease(dataSource, dialect)) {
      return new StorageFailure("this database holds the pre-release forum-policy 0.1.0 schema (a table per part of the year),"
          + " which this version cannot read: export the years with the version that stored them (plan files), then store"
          + " them again into a new, empty database or schema", e);
    }
    return new StorageFailure(
        "the database's forum-policy schema does not match this library's migrations: " + withoutAdvert(Redaction.redact(e.getMessage(), password))
            + " (run `forum migrate` with the right to change the schema, or use the version of forum-policy that made it)",
        e);
  }

  private static boolean madeByThePreRelease(DataSource dataSource, Dialect dialect) {
    try {
      for (MigrationInfo applied : flyway(dataSource, dialect).info().applied()) {
        if (PRE_RELEASE_MIGRATION.equals(applied.getDescription())) {
          return true;
        }
      }
      return false;
    } catch (FlywayException unreadable) {
      return false;
    }
  }

  /** Flyway ends its validation message with a line advertising its paid edition. */
  private static String withoutAdvert(String message) {
    return message.lines()
        .filter(line -> !line.startsWith("Need more flexibility"))
        .collect(Collectors.joining("\n"));
  }
}
