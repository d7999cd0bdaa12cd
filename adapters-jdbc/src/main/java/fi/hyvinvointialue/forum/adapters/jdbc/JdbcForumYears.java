package fi.hyvinvointialue.forum.adapters.jdbc;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.EventKind;
import fi.hyvinvointialue.forum.domain.EventStatus;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.YearKey;
import fi.hyvinvointialue.forum.domain.history.EventStamps;
import fi.hyvinvointialue.forum.domain.port.ApiTokens;
import fi.hyvinvointialue.forum.domain.port.Change;
import fi.hyvinvointialue.forum.domain.port.ForumYears;
import fi.hyvinvointialue.forum.domain.port.ImmutableChange;
import fi.hyvinvointialue.forum.domain.port.ImmutableScheduledEvent;
import fi.hyvinvointialue.forum.domain.port.RequestIdReused;
import fi.hyvinvointialue.forum.domain.port.ScheduledEvent;
import fi.hyvinvointialue.forum.domain.port.StorageFailure;
import fi.hyvinvointialue.forum.domain.port.StoredYear;
import fi.hyvinvointialue.forum.domain.port.YearChange;
import fi.hyvinvointialue.forum.domain.port.VersionConflict;
import fi.hyvinvointialue.forum.domain.profile.PolicyProfile;
import fi.hyvinvointialue.forum.json.Plan;
import fi.hyvinvointialue.forum.json.PlanFileError;
import fi.hyvinvointialue.forum.json.YearDocuments;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;

/**
 * The storage port over JDBC, on H2 or PostgreSQL: each saved version of a year is one row holding the
 * year and its profile as one JSON document (forum-json's {@link YearDocuments}), with who, when and
 * why; a pointer names the current version, and the current versions' events are kept beside them for
 * reads across counties. A save is one transaction with an optimistic version check.
 *
 * <p>Give it any {@link DataSource} (a pool such as HikariCP in a server) with {@link #migrate(DataSource)},
 * or {@link #withoutMigrating(DataSource)} where the process has no right to change the schema, or a URL
 * with {@link #open(String, String, String)}.
 */
public final class JdbcForumYears implements ForumYears {
  /**
   * How a store opened by URL keeps its connections to PostgreSQL. H2's embedded database keeps its own
   * either way; a {@link javax.sql.DataSource} given to {@link JdbcForumYears#migrate} is used as it is.
   */
  public enum Connections {
    /** A connection per operation, closed after it: for a command that runs once and exits. */
    PER_OPERATION,
    /**
     * A pool (HikariCP) of at most ten connections, kept open and reused: for a server, where opening a
     * connection would cost more than most of its operations. A database that goes away is reconnected to.
     */
    POOLED
  }

  private static final String UNIQUE_VIOLATION = "23505";
  private static final int LAST_KNOWN_YEARS = 256;

  /** The one select a load makes (package-private for the test that holds it to an index scan). */
  static final String SELECT_CURRENT =
      "SELECT v.version, v.document FROM forum_year y JOIN forum_year_version v"
          + " ON v.county_id = y.county_id AND v.calendar_year = y.calendar_year AND v.version = y.current_version"
          + " WHERE y.county_id = ? AND y.calendar_year = ?";
  static final String SELECT_VERSION =
      "SELECT version, document FROM forum_year_version WHERE county_id = ? AND calendar_year = ? AND version = ?";
  private static final String SELECT_CURRENT_VERSION =
      "SELECT current_version FROM forum_year WHERE county_id = ? AND calendar_year = ?";
  private static final String SELECT_REQUEST =
      "SELECT version, request_digest FROM forum_year_version WHERE county_id = ? AND calendar_year = ? AND request_id = ?";
  private static final String INSERT_YEAR = "INSERT INTO forum_year (county_id, calendar_year, current_version) VALUES (?, ?, 1)";
  private static final String RAISE_VERSION =
      "UPDATE forum_year SET current_version = current_version + 1 WHERE county_id = ? AND calendar_year = ? AND current_version = ?";
  private static final String INSERT_VERSION_BEFORE_DOCUMENT =
      "INSERT INTO forum_year_version (county_id, calendar_year, version, storage_format, profile_id, profile_version,"
          + " actor, changed_at, changed_at_nanos, summary, request_id, request_digest, document)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ";
  private static final String DELETE_EVENTS = "DELETE FROM forum_event WHERE county_id = ? AND calendar_year = ?";
  private static final String INSERT_EVENT =
      "INSERT INTO forum_event (county_id, calendar_year, event_id, kind, status, title, starts_local, ends_local, starts_at, ends_at)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String SELECT_EVENTS_FROM =
      "SELECT county_id, calendar_year, event_id, kind, status, title, starts_local, ends_local FROM forum_event"
          + " WHERE starts_at >= ? ORDER BY starts_at, county_id, event_id LIMIT ?";
  private static final String SELECT_HISTORY =
      "SELECT version, actor, changed_at, changed_at_nanos, summary, request_id, request_digest FROM forum_year_version"
          + " WHERE county_id = ? AND calendar_year = ? ORDER BY version";
  private static final String SELECT_CHANGES_FROM =
      "SELECT county_id, calendar_year, version, changed_at, changed_at_nanos FROM forum_year_version WHERE changed_at >= ?";
  private static final String LOCK_YEAR =
      "SELECT current_version FROM forum_year WHERE county_id = ? AND calendar_year = ? FOR UPDATE";
  private static final String SELECT_VERSIONS =
      "SELECT version, document FROM forum_year_version WHERE county_id = ? AND calendar_year = ? ORDER BY version";
  private static final String UPDATE_DOCUMENT_BEFORE_DOCUMENT = "UPDATE forum_year_version SET document = ";
  private static final String UPDATE_DOCUMENT_AFTER_DOCUMENT = " WHERE county_id = ? AND calendar_year = ? AND version = ?";
  private static final String SELECT_COUNTIES = "SELECT DISTINCT county_id FROM forum_year";
  private static final String SELECT_YEARS =
      "SELECT calendar_year FROM forum_year WHERE county_id = ? ORDER BY calendar_year";

  private final DataSource dataSource;
  private final Dialect dialect;
  private final YearDocuments documents = new YearDocuments();
  /**
   * The versions this store last committed or read, by year: a save following one of them stamps its
   * events against it without reading and parsing its document again (a version's stamps never change
   * after it is made; a rewrite of the year drops its entry).
   */
  private final Map<YearKey, StoredYear> lastKnown = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<YearKey, StoredYear> eldest) {
      return size() > LAST_KNOWN_YEARS;
    }
  });
  /** Only to keep it out of error messages. */
  private final String password;

  private JdbcForumYears(DataSource dataSource, Dialect dialect, String password) {
    this.dataSource = dataSource;
    this.dialect = dialect;
    this.password = password == null ? "" : password;
  }

  /**
   * Brings the database's schema up to date (Flyway) and returns the store over it.
   *
   * @throws StorageFailure when the database cannot be reached or its schema history does not match
   *     this library's migrations
   */
  public static JdbcForumYears migrate(DataSource dataSource) {
    JdbcForumYears store = connected(dataSource, "", "the database");
    Schema.migrate(dataSource, store.dialect, "");
    return store;
  }

  /**
   * The store over a database whose schema is already up to date ({@code forum migrate} or
   * {@link #migrate(DataSource)} run by someone with the right to change it): nothing is changed,
   * the schema is only checked.
   *
   * @throws StorageFailure when the database cannot be reached or a migration is missing
   */
  public static JdbcForumYears withoutMigrating(DataSource dataSource) {
    JdbcForumYears store = connected(dataSource, "", "the database");
    Schema.validate(dataSource, store.dialect, "");
    return store;
  }

  /**
   * Connects by URL ({@code jdbc:h2:...} or {@code jdbc:postgresql:...}, each through its driver's
   * plain DataSource, one connection per call), brings the schema up to date and returns the store.
   *
   * @throws IllegalArgumentException for a URL of another database
   * @throws StorageFailure when the database cannot be reached or migrated; never with the password
   */
  public static JdbcForumYears open(String jdbcUrl, String user, String password) {
    return open(jdbcUrl, user, password, Connections.PER_OPERATION);
  }

  /** As {@link #open(String, String, String)}, keeping its connections as {@code connections} says. */
  public static JdbcForumYears open(String jdbcUrl, String user, String password, Connections connections) {
    return byUrl(jdbcUrl, user, password, connections, Schema::migrate);
  }

  /**
   * Connects by URL as {@link #open(String, String, String)} does, but changes nothing: the schema is only
   * checked, for a process (a server) without the right to change it; {@code forum migrate} brings it up to date.
   *
   * @throws IllegalArgumentException for a URL of another database
   * @throws StorageFailure when the database cannot be reached or a migration is missing; never with the password
   */
  public static JdbcForumYears openWithoutMigrating(String jdbcUrl, String user, String password) {
    return openWithoutMigrating(jdbcUrl, user, password, Connections.PER_OPERATION);
  }

  /** As {@link #openWithoutMigrating(String, String, String)}, keeping its connections as {@code connections} says. */
  public static JdbcForumYears openWithoutMigrating(String jdbcUrl, String user, String password, Connections connections) {
    return byUrl(jdbcUrl, user, password, connections, Schema::validate);
  }

  /** What a schema step does to a database: brings it up to date, or only checks it. */
  private interface SchemaStep {
    void apply(DataSource dataSource, Dialect dialect, String password);
  }

  private static JdbcForumYears byUrl(String jdbcUrl, String user, String password, Connections connections, SchemaStep schema) {
    DataSource dataSource = Databases.kept(Databases.dataSource(jdbcUrl, user, password), connections);
    JdbcForumYears store = connected(dataSource, password, "the database at " + Redaction.redact(jdbcUrl, password));
    schema.apply(dataSource, store.dialect, password);
    return store;
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
  private static JdbcForumYears connected(DataSource dataSource, String password, String database) {
    JdbcForumYears probe = new JdbcForumYears(dataSource, Dialect.H2, password);
    Dialect dialect = probe.transaction("connect to " + database, Connection.TRANSACTION_READ_COMMITTED, Dialect::of);
    return new JdbcForumYears(dataSource, dialect, password);
  }

  @Override
  public StoredYear save(ForumYear year, PolicyProfile profile, long expectedVersion, Change change) {
    YearKey key = year.key();
    StoredYear known = lastKnown.get(key);
    StoredYear saved = transaction("save forum year " + describe(key), Connection.TRANSACTION_READ_COMMITTED, connection -> {
      Optional<Long> applied = requestApplied(connection, key, change);
      if (applied.isPresent()) {
        return load(connection, key, applied.get()).orElseThrow();
      }
      boolean moved = expectedVersion == 0 ? insertYear(connection, key) : raiseVersion(connection, key, expectedVersion);
      if (!moved) {
        return conflict(connection, key, expectedVersion, change);
      }
      // The year's row is locked now: the version read is the one this save follows.
      Optional<ForumYear> previous = expectedVersion == 0 ? Optional.empty()
          : known != null && known.version() == expectedVersion ? Optional.of(known.year())
          : load(connection, key, expectedVersion).map(StoredYear::year);
      ForumYear stamped = EventStamps.stamp(previous, year, change.at());
      long version = expectedVersion + 1;
      insertVersion(connection, key, version, profile, change, documents.write(stamped, profile));
      replaceEvents(connection, stamped);
      return StoredYear.of(stamped, profile, version);
    });
    lastKnown.put(key, saved); // only once committed: a version this store made
    return saved;
  }

  @Override
  public Optional<StoredYear> find(YearKey key) {
    Optional<StoredYear> found = transaction("load forum year " + describe(key), Connection.TRANSACTION_READ_COMMITTED, connection -> {
      try (PreparedStatement select = connection.prepareStatement(SELECT_CURRENT)) {
        bindKey(select, key);
        return stored(select, key);
      }
    });
    found.ifPresent(current -> lastKnown.put(key, current));
    return found;
  }

  @Override
  public Optional<StoredYear> find(YearKey key, long version) {
    return transaction("load version " + version + " of forum year " + describe(key), Connection.TRANSACTION_READ_COMMITTED,
        connection -> load(connection, key, version));
  }

  @Override
  public ImmutableList<String> counties() {
    return transaction("list the counties", Connection.TRANSACTION_READ_COMMITTED, connection -> {
      try (PreparedStatement select = connection.prepareStatement(SELECT_COUNTIES);
          ResultSet result = select.executeQuery()) {
        List<String> counties = new ArrayList<>();
        while (result.next()) {
          counties.add(result.getString(1));
        }
        // sorted here, not by the database's collation, so every database lists them alike
        return ImmutableList.sortedCopyOf(counties);
      }
    });
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
          while (result.next()) {
            history.add(
                ImmutableChange.builder()
                    .version(result.getLong("version"))
                    .actor(result.getString("actor"))
                    .at(instant(result.getObject("changed_at", OffsetDateTime.class), result.getInt("changed_at_nanos")))
                    .summary(result.getString("summary"))
                    .requestId(Optional.ofNullable(result.getString("request_id")))
                    .requestDigest(Optional.ofNullable(result.getString("request_digest")))
                    .build());
          }
        }
        return history.build();
      }
    });
  }

  @Override
  public ImmutableList<YearChange> changedSince(Instant since) {
    return transaction("read the changes since " + since, Connection.TRANSACTION_READ_COMMITTED, connection -> {
      try (PreparedStatement select = connection.prepareStatement(SELECT_CHANGES_FROM)) {
        select.setObject(1, toTheMicrosecond(since));
        Map<YearKey, YearChange> newest = new HashMap<>();
        try (ResultSet result = select.executeQuery()) {
          while (result.next()) {
            Instant at = instant(result.getObject(4, OffsetDateTime.class), result.getInt(5));
            YearChange change = YearChange.of(YearKey.of(result.getString(1), result.getInt(2)), result.getLong(3), at);
            if (at.isAfter(since)) {
              newest.merge(change.key(), change, (one, other) -> one.version() > other.version() ? one : other);
            }
          }
        }
        return newest.values().stream()
            .sorted(Comparator.comparing(YearChange::at).thenComparing(YearChange::key))
            .collect(ImmutableList.toImmutableList());
      }
    });
  }

  /**
   * {@inheritDoc}
   *
   * <p>One transaction: the year's pointer row is locked first, so no save comes between the versions
   * read and the versions written.
   */
  @Override
  public int rewriteEveryVersion(YearKey key, UnaryOperator<ForumYear> rewrite) {
    lastKnown.remove(key);
    int changed = transaction("rewrite every version of forum year " + describe(key), Connection.TRANSACTION_READ_COMMITTED, connection -> {
      long current;
      try (PreparedStatement lock = connection.prepareStatement(LOCK_YEAR)) {
        bindKey(lock, key);
        try (ResultSet result = lock.executeQuery()) {
          if (!result.next()) {
            return 0;
          }
          current = result.getLong(1);
        }
      }
      List<StoredYear> rewritten = new ArrayList<>();
      try (PreparedStatement select = connection.prepareStatement(SELECT_VERSIONS)) {
        bindKey(select, key);
        try (ResultSet result = select.executeQuery()) {
          while (result.next()) {
            long version = result.getLong("version");
            Plan plan = plan(key, version, result.getString("document"));
            ForumYear year = rewrite.apply(plan.year());
            if (!year.equals(plan.year())) {
              rewritten.add(StoredYear.of(year, plan.profile(), version));
            }
          }
        }
      }
      try (PreparedStatement update = connection.prepareStatement(
          UPDATE_DOCUMENT_BEFORE_DOCUMENT + dialect.documentParameter() + UPDATE_DOCUMENT_AFTER_DOCUMENT)) {
        for (StoredYear version : rewritten) {
          update.setString(1, documents.write(version.year(), version.profile()));
          update.setString(2, key.countyId());
          update.setInt(3, key.year());
          update.setLong(4, version.version());
          update.addBatch();
        }
        update.executeBatch();
      }
      for (StoredYear version : rewritten) {
        if (version.version() == current) {
          replaceEvents(connection, version.year());
        }
      }
      return rewritten.size();
    });
    lastKnown.remove(key);
    return changed;
  }

  @Override
  public ImmutableList<ScheduledEvent> eventsFrom(Instant from, int limit) {
    return transaction("read the events from " + from, Connection.TRANSACTION_READ_COMMITTED, connection -> {
      try (PreparedStatement select = connection.prepareStatement(SELECT_EVENTS_FROM)) {
        select.setObject(1, toTheMicrosecond(from));
        select.setInt(2, Math.max(0, limit));
        ImmutableList.Builder<ScheduledEvent> events = ImmutableList.builder();
        try (ResultSet result = select.executeQuery()) {
          while (result.next()) {
            ScheduledEvent event = ImmutableScheduledEvent.builder()
                .year(YearKey.of(result.getString("county_id"), result.getInt("calendar_year")))
                .eventId(result.getString("event_id"))
                .kind(EventKind.valueOf(result.getString("kind")))
                .status(EventStatus.valueOf(result.getString("status")))
                .title(result.getString("title"))
                .start(LocalDateTime.parse(result.getString("starts_local")))
                .end(LocalDateTime.parse(result.getString("ends_local")))
                .build();
            // kept to the microsecond for ordering: an event a fraction of a microsecond before is not one from then
            if (!event.startInstant().isBefore(from)) {
              events.add(event);
            }
          }
        }
        return events.build();
      }
    });
  }

  private Optional<StoredYear> load(Connection connection, YearKey key, long version) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(SELECT_VERSION)) {
      bindKey(select, key);
      select.setLong(3, version);
      return stored(select, key);
    }
  }

  private Optional<StoredYear> stored(PreparedStatement select, YearKey key) throws SQLException {
    try (ResultSet result = select.executeQuery()) {
      if (!result.next()) {
        return Optional.empty();
      }
      long version = result.getLong("version");
      Plan plan = plan(key, version, result.getString("document"));
      return Optional.of(StoredYear.of(plan.year(), plan.profile(), version));
    }
  }

  /** A stored document read back: a document this library cannot read, or of another year, names the version. */
  private Plan plan(YearKey key, long version, String document) throws SQLException {
    String source = describe(key) + " version " + version;
    Plan plan;
    try {
      plan = documents.read(source, document);
    } catch (PlanFileError | IllegalStateException unreadable) {
      throw new Transactions.OwnWords("the stored document of " + source + " cannot be read: " + unreadable.getMessage(), unreadable);
    }
    if (!plan.year().key().equals(key)) {
      throw new Transactions.OwnWords("the stored document of " + source + " holds " + describe(plan.year().key()), null);
    }
    return plan;
  }

  /** The version a request made, when it was applied to this year already. */
  /** The version the change's request id made already, if it did; another request reusing the id is refused. */
  private static Optional<Long> requestApplied(Connection connection, YearKey key, Change change) throws SQLException {
    if (change.requestId().isEmpty()) {
      return Optional.empty();
    }
    try (PreparedStatement select = connection.prepareStatement(SELECT_REQUEST)) {
      bindKey(select, key);
      select.setString(3, change.requestId().get());
      try (ResultSet result = select.executeQuery()) {
        if (!result.next()) {
          return Optional.empty();
        }
        long version = result.getLong(1);
        if (Change.madeByAnotherRequest(Optional.ofNullable(result.getString(2)), change.requestDigest())) {
          throw new RequestIdReused(key, change.requestId().get(), version);
        }
        return Optional.of(version);
      }
    }
  }

  /** Whether the year was new; false when it exists already. */
  private static boolean insertYear(Connection connection, YearKey key) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(INSERT_YEAR)) {
      bindKey(insert, key);
      insert.executeUpdate();
      return true;
    } catch (SQLException e) {
      if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
        return false;
      }
      throw e;
    }
  }

  /** Whether the year was at the expected version (now one higher). */
  private static boolean raiseVersion(Connection connection, YearKey key, long expectedVersion) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(RAISE_VERSION)) {
      bindKey(update, key);
      update.setLong(3, expectedVersion);
      return update.executeUpdate() == 1;
    }
  }

  /**
   * Someone else's save came first. A retry of a request that got through meanwhile returns the
   * version it made; anything else is a conflict with the version now stored.
   */
  private StoredYear conflict(Connection connection, YearKey key, long expectedVersion, Change change) throws SQLException {
    // PostgreSQL refuses further statements in a transaction after a failed one
    connection.rollback();
    Optional<Long> applied = requestApplied(connection, key, change);
    if (applied.isPresent()) {
      return load(connection, key, applied.get()).orElseThrow();
    }
    long actualVersion;
    try (PreparedStatement select = connection.prepareStatement(SELECT_CURRENT_VERSION)) {
      bindKey(select, key);
      try (ResultSet result = select.executeQuery()) {
        actualVersion = result.next() ? result.getLong(1) : 0L;
      }
    }
    throw new VersionConflict(key, expectedVersion, actualVersion);
  }

  private void insertVersion(Connection connection, YearKey key, long version, PolicyProfile profile, Change change,
      String document) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(INSERT_VERSION_BEFORE_DOCUMENT + dialect.documentParameter() + ")")) {
      bindKey(insert, key);
      insert.setLong(3, version);
      insert.setInt(4, YearDocuments.FORMAT_VERSION);
      insert.setString(5, profile.id());
      insert.setString(6, profile.version());
      insert.setString(7, change.actor());
      insert.setObject(8, toTheMicrosecond(change.at()));
      insert.setInt(9, change.at().getNano() % 1_000);
      insert.setString(10, change.summary());
      insert.setString(11, change.requestId().orElse(null));
      insert.setString(12, change.requestDigest().orElse(null));
      insert.setString(13, document);
      insert.executeUpdate();
    }
  }

  /** The projection of the current version: one batch, so one round trip. */
  private static void replaceEvents(Connection connection, ForumYear year) throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement(DELETE_EVENTS)) {
      bindKey(delete, year.key());
      delete.executeUpdate();
    }
    if (year.events().isEmpty()) {
      return;
    }
    try (PreparedStatement insert = connection.prepareStatement(INSERT_EVENT)) {
      for (ForumEvent event : year.events()) {
        bindKey(insert, year.key());
        insert.setString(3, event.id());
        insert.setString(4, event.kind().name());
        insert.setString(5, event.status().name());
        insert.setString(6, event.title());
        insert.setString(7, event.start().toString());
        insert.setString(8, event.end().toString());
        insert.setObject(9, toTheMicrosecond(event.startInstant()));
        insert.setObject(10, toTheMicrosecond(event.endInstant()));
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** What a TIMESTAMP WITH TIME ZONE keeps of an instant; the nanoseconds below it go elsewhere. */
  private static OffsetDateTime toTheMicrosecond(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(OffsetDateTime toTheMicrosecond, int nanosBelow) {
    return toTheMicrosecond.toInstant().plusNanos(nanosBelow);
  }

  private static void bindKey(PreparedStatement statement, YearKey key) throws SQLException {
    statement.setString(1, key.countyId());
    statement.setInt(2, key.year());
  }

  private static String describe(YearKey key) {
    return key.countyId() + "/" + key.year();
  }

  private <T> T transaction(String what, int isolation, Transactions.Work<T> work) {
    return new Transactions(dataSource, password).run(what, isolation, work);
  }

  /** The tokens kept in the same database, for the HTTP API's writers (same schema, same migrations). */
  public ApiTokens apiTokens() {
    return new JdbcApiTokens(new Transactions(dataSource, password));
  }
}
