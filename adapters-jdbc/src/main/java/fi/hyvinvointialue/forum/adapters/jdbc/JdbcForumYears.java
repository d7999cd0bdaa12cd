package fi.hyvinvointialue.forum.adapters.jdbc;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.YearKey;
import fi.hyvinvointialue.forum.domain.port.Change;
import fi.hyvinvointialue.forum.domain.port.ForumYears;
import fi.hyvinvointialue.forum.domain.port.ImmutableChange;
import fi.hyvinvointialue.forum.domain.port.StorageFailure;
import fi.hyvinvointialue.forum.domain.port.StoredYear;
import fi.hyvinvointialue.forum.domain.port.VersionConflict;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The storage port over JDBC, on H2 or PostgreSQL: each year in normalised tables, saved in one
 * transaction with an optimistic version check, its changes kept as an audit trail.
 *
 * <p>Give it any {@link DataSource} (a pool in a server) with {@link #migrate(DataSource)}, or a URL
 * with {@link #open(String, String, String)}; both bring the schema up to date first.
 */
public final class JdbcForumYears implements ForumYears {
  private static final String UNIQUE_VIOLATION = "23505";
  /** Driver messages can quote whole statements with their values; the cause keeps the full text. */
  private static final int MESSAGE_LIMIT = 400;
  private static final int LOAD_ATTEMPTS = 5;

  private static final String SELECT_YEAR = "SELECT id, version FROM forum_year WHERE county_id = ? AND calendar_year = ?";
  private static final String INSERT_YEAR = "INSERT INTO forum_year (county_id, calendar_year, version) VALUES (?, ?, 1)";
  private static final String RAISE_VERSION =
      "UPDATE forum_year SET version = version + 1 WHERE county_id = ? AND calendar_year = ? AND version = ?";
  private static final String SELECT_REQUEST =
      "SELECT 1 FROM change_history h JOIN forum_year y ON y.id = h.year_id"
          + " WHERE y.county_id = ? AND y.calendar_year = ? AND h.request_id = ?";
  private static final String INSERT_CHANGE =
      "INSERT INTO change_history (year_id, version, actor, changed_at, changed_at_nanos, summary, request_id)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?)";
  private static final String SELECT_HISTORY =
      "SELECT h.version, h.actor, h.changed_at, h.changed_at_nanos, h.summary, h.request_id"
          + " FROM change_history h JOIN forum_year y ON y.id = h.year_id"
          + " WHERE y.county_id = ? AND y.calendar_year = ? ORDER BY h.version";
  private static final String SELECT_YEARS =
      "SELECT calendar_year FROM forum_year WHERE county_id = ? ORDER BY calendar_year";

  private final DataSource dataSource;
  /** Only to keep it out of error messages. */
  private final String password;

  private JdbcForumYears(DataSource dataSource, String password) {
    this.dataSource = dataSource;
    this.password = password == null ? "" : password;
  }

  /**
   * Brings the database's schema up to date (Flyway) and returns the store over it.
   *
   * @throws StorageFailure when the database cannot be reached or its schema history does not match
   *     this library's migrations
   */
  public static JdbcForumYears migrate(DataSource dataSource) {
    return migrated(dataSource, "", "the database");
  }

  /**
   * Connects by URL ({@code jdbc:h2:...} or {@code jdbc:postgresql:...}, each through its driver's
   * plain DataSource, one connection per call), brings the schema up to date and returns the store.
   *
   * @throws IllegalArgumentException for a URL of another database
   * @throws StorageFailure when the database cannot be reached or migrated; never with the password
   */
  public static JdbcForumYears open(String jdbcUrl, String user, String password) {
    return migrated(Databases.dataSource(jdbcUrl, user, password), password, "the database at " + Redaction.redact(jdbcUrl, password));
  }

  /** The zero-set-up database: an H2 file database in the directory (created when missing). */
  public static String embeddedH2Url(Path directory) {
    return Databases.embeddedH2Url(directory);
  }

  /** An H2 database in memory under the name, kept until the JVM exits: for tests and trying out. */
  public static String inMemoryH2Url(String name) {
    return Databases.inMemoryH2Url(name);
  }

  /** Connects once first, so an unreachable database is reported as such rather than as a failed migration. */
  private static JdbcForumYears migrated(DataSource dataSource, String password, String database) {
    JdbcForumYears store = new JdbcForumYears(dataSource, password);
    store.transaction("connect to " + database, Connection.TRANSACTION_READ_COMMITTED, connection -> null);
    Schema.migrate(dataSource, password);
    return store;
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException when a wall-clock time is finer than a microsecond, which the
   *     databases cannot keep; the message names the field
   */
  @Override
  public StoredYear save(ForumYear year, long expectedVersion, Change change) {
    YearKey key = year.key();
    Map<Table, List<Object[]>> rows = YearRows.of(year);
    return transaction("save forum year " + describe(key), Connection.TRANSACTION_READ_COMMITTED, connection -> {
      if (requestApplied(connection, key, change)) {
        return load(connection, key).orElseThrow();
      }
      Optional<Long> yearId = expectedVersion == 0 ? insertYear(connection, key) : raiseVersion(connection, key, expectedVersion);
      if (yearId.isEmpty()) {
        return conflict(connection, key, expectedVersion, change);
      }
      if (expectedVersion != 0) {
        deleteContents(connection, yearId.get());
      }
      insertContents(connection, yearId.get(), rows);
      long version = expectedVersion + 1;
      insertChange(connection, yearId.get(), version, change);
      return StoredYear.of(year, version);
    });
  }

  @Override
  public Optional<StoredYear> find(YearKey key) {
    // a snapshot where the engine gives one; the load's version check covers the engines that do not
    return transaction("load forum year " + describe(key), Connection.TRANSACTION_REPEATABLE_READ, connection -> load(connection, key));
  }

  @Override
  public ImmutableList<Integer> years(String countyId) {
    return transaction("list the years of county " + countyId, Connection.TRANSACTION_READ_COMMITTED, connection -> {
      try (PreparedStatement select = connection.prepareStatement(SELECT_YEARS)) {
        select.setString(1, countyId);
        ImmutableList.Builder<Integer> years = ImmutableList.builder();
        try (ResultSet result = select.executeQuery()) {
          while (result.next()) {
            years.add(result.getInt(1));
          }
        }
        return years.build();
      }
    });
  }

  @Override
  public ImmutableList<Change> history(YearKey key) {
    return transaction("read the history of forum year " + describe(key), Connection.TRANSACTION_READ_COMMITTED, connection -> {
      try (PreparedStatement select = connection.prepareStatement(SELECT_HISTORY)) {
        bindKey(select, key);
        ImmutableList.Builder<Change> history = ImmutableList.builder();
        try (ResultSet result = select.executeQuery()) {
          Columns row = new Columns(result);
          while (result.next()) {
            history.add(
                ImmutableChange.builder()
                    .version(result.getLong("version"))
                    .actor(row.text("actor"))
                    .at(row.instant("changed_at"))
                    .summary(row.text("summary"))
                    .requestId(row.optionalText("request_id"))
                    .build());
          }
        }
        return history.build();
      }
    });
  }

  /**
   * The stored year, read with one query per table. A save committed between those queries would
   * mix two versions, so the version is read again after them and the load repeated if it moved:
   * this holds on any isolation level and any engine.
   */
  private static Optional<StoredYear> load(Connection connection, YearKey key) throws SQLException {
    for (int attempt = 1; ; attempt++) {
      Optional<YearRow> before = idAndVersion(connection, key);
      if (before.isEmpty()) {
        return Optional.empty();
      }
      long version = before.get().version();
      try {
        ForumYear year = YearReader.read(connection, before.get().id(), key);
        if (unchanged(connection, key, version)) {
          return Optional.of(StoredYear.of(year, version));
        }
      } catch (SQLException e) {
        if (unchanged(connection, key, version)) {
          throw e;
        }
      }
      if (attempt == LOAD_ATTEMPTS) {
        throw new SQLException(
            "forum year " + describe(key) + " changed during each of " + LOAD_ATTEMPTS + " attempts to read it", "40001");
      }
    }
  }

  private static boolean unchanged(Connection connection, YearKey key, long version) throws SQLException {
    return idAndVersion(connection, key).map(stored -> stored.version() == version).orElse(false);
  }

  /** A year's row in {@code forum_year}. */
  private record YearRow(long id, long version) {}

  private static Optional<YearRow> idAndVersion(Connection connection, YearKey key) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(SELECT_YEAR)) {
      bindKey(select, key);
      try (ResultSet result = select.executeQuery()) {
        return result.next() ? Optional.of(new YearRow(result.getLong("id"), result.getLong("version"))) : Optional.empty();
      }
    }
  }

  private static boolean requestApplied(Connection connection, YearKey key, Change change) throws SQLException {
    if (change.requestId().isEmpty()) {
      return false;
    }
    try (PreparedStatement select = connection.prepareStatement(SELECT_REQUEST)) {
      bindKey(select, key);
      select.setString(3, change.requestId().get());
      try (ResultSet result = select.executeQuery()) {
        return result.next();
      }
    }
  }

  /** The new year's id, or empty when the year exists already. */
  private static Optional<Long> insertYear(Connection connection, YearKey key) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(INSERT_YEAR, Statement.RETURN_GENERATED_KEYS)) {
      bindKey(insert, key);
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        // H2 returns the identity column only, PostgreSQL the whole row: the id is first in both
        return Optional.of(keys.getLong(1));
      }
    } catch (SQLException e) {
      if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /** The year's id when it was at the expected version (now one higher), else empty. */
  private static Optional<Long> raiseVersion(Connection connection, YearKey key, long expectedVersion) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(RAISE_VERSION)) {
      bindKey(update, key);
      update.setLong(3, expectedVersion);
      if (update.executeUpdate() == 0) {
        return Optional.empty();
      }
    }
    return Optional.of(idAndVersion(connection, key).orElseThrow().id());
  }

  /**
   * Someone else's save came first. A retry of a request that got through meanwhile returns the
   * stored year; anything else is a conflict with the version now stored.
   */
  private static StoredYear conflict(Connection connection, YearKey key, long expectedVersion, Change change)
      throws SQLException {
    // PostgreSQL refuses further statements in a transaction after a failed one
    connection.rollback();
    if (requestApplied(connection, key, change)) {
      return load(connection, key).orElseThrow();
    }
    long actualVersion = idAndVersion(connection, key).map(YearRow::version).orElse(0L);
    throw new VersionConflict(key, expectedVersion, actualVersion);
  }

  private static void deleteContents(Connection connection, long yearId) throws SQLException {
    for (Table table : Table.TOP_LEVEL) {
      try (PreparedStatement delete = connection.prepareStatement(table.deleteByYear())) {
        delete.setLong(1, yearId);
        delete.executeUpdate();
      }
    }
  }

  /** One batch, so one round trip, per table with rows. */
  private static void insertContents(Connection connection, long yearId, Map<Table, List<Object[]>> rows)
      throws SQLException {
    for (Map.Entry<Table, List<Object[]>> table : rows.entrySet()) {
      try (PreparedStatement insert = connection.prepareStatement(table.getKey().insert())) {
        for (Object[] row : table.getValue()) {
          insert.setLong(1, yearId);
          for (int column = 0; column < row.length; column++) {
            insert.setObject(column + 2, row[column]);
          }
          insert.addBatch();
        }
        insert.executeBatch();
      }
    }
  }

  private static void insertChange(Connection connection, long yearId, long version, Change change) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(INSERT_CHANGE)) {
      insert.setLong(1, yearId);
      insert.setLong(2, version);
      insert.setString(3, change.actor());
      insert.setObject(4, RowValues.toTheMicrosecond(change.at()));
      insert.setInt(5, RowValues.nanosBelowTheMicrosecond(change.at()));
      insert.setString(6, change.summary());
      insert.setString(7, change.requestId().orElse(null));
      insert.executeUpdate();
    }
  }

  private static void bindKey(PreparedStatement statement, YearKey key) throws SQLException {
    statement.setString(1, key.countyId());
    statement.setInt(2, key.year());
  }

  private static String describe(YearKey key) {
    return key.countyId() + "/" + key.year();
  }

  private interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /**
   * Runs the work in one transaction: committed when it returns, rolled back when it throws, so a
   * failed save leaves the previous state. A database error becomes a {@link StorageFailure} that
   * says what was being done, never with the password.
   */
  private <T> T transaction(String what, int isolation, Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setTransactionIsolation(isolation);
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        rollback(connection, e);
        throw e;
      }
    } catch (SQLException e) {
      throw new StorageFailure("could not " + what + ": " + message(e), e);
    }
  }

  private static void rollback(Connection connection, Exception failure) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  /** The driver's first line, without credentials, with the SQL state that names the kind of failure. */
  private String message(SQLException e) {
    String text = Redaction.redact(e.getMessage(), password).lines().findFirst().orElse("").strip();
    if (text.length() > MESSAGE_LIMIT) {
      text = text.substring(0, MESSAGE_LIMIT) + "...";
    }
    return e.getSQLState() == null ? text : text + " (SQL state " + e.getSQLState() + ")";
  }
}
