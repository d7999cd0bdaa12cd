package fi.hyvinvointialue.forum.benchmarks;

import fi.hyvinvointialue.forum.adapters.jdbc.JdbcForumYears;
import fi.hyvinvointialue.forum.domain.ImmutableForumYear;
import fi.hyvinvointialue.forum.domain.YearKey;
import fi.hyvinvointialue.forum.domain.port.Change;
import fi.hyvinvointialue.forum.domain.port.ImmutableChange;
import fi.hyvinvointialue.forum.domain.port.StoredYear;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Loading one county's year out of a database holding 22 counties × 50 years × 10 versions, against the
 * same row read by hand; compare with {@link StorageBenchmark#load}, a database of one year. The set-up writes the query plans of the lookups a load makes to
 * {@code benchmarks/target/query-plans-<database>.txt}: they must use an index, not scan the tables.
 * The filled database is kept in {@code benchmarks/target} for the next benchmark's JVM.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class LargeDatabaseBenchmark {
  private static final Change CHANGE =
      ImmutableChange.builder().actor("benchmark").at(Instant.parse("2026-11-22T10:00:00Z")).summary("filled").build();
  /** From the first year the sample working group has a council term for. */
  private static final int FIRST_YEAR = 2026;

  @Param({BenchmarkDatabase.H2, BenchmarkDatabase.POSTGRESQL})
  public String database;

  @Param("22")
  public int counties;

  @Param("50")
  public int years;

  @Param("10")
  public int versions;
  /** Where the plans and the filled databases go: there when run from the repository's root, as run.sh does. */
  Path targetDirectory = Path.of("benchmarks", "target");

  BenchmarkDatabase server;
  Connection storeConnection;
  Connection baselineConnection;
  JdbcForumYears store;
  HandWrittenJdbc baseline;
  YearKey wanted;

  @Setup
  public void setUp() throws IOException, SQLException {
    String size = counties + "x" + years + "x" + versions;
    Path directory = targetDirectory.resolve("database-" + database + "-" + size);
    Path filled = targetDirectory.resolve("database-" + database + "-" + size + ".filled");
    if (!Files.exists(filled)) {
      BenchmarkDatabase.delete(directory);
    }
    server = BenchmarkDatabase.kept(database, directory);
    storeConnection = server.connect();
    store = JdbcForumYears.migrate(BenchmarkDatabase.pooledLike(storeConnection));
    if (!Files.exists(filled)) {
      fill();
      Files.createFile(filled);
    }
    wanted = YearKey.of(countyId(counties / 2), FIRST_YEAR + years / 2);
    baselineConnection = server.connect();
    try (Statement statistics = baselineConnection.createStatement()) {
      statistics.execute("ANALYZE");
    }
    baseline = HandWrittenJdbc.capture(baselineConnection, wanted.countyId(), wanted.year());
    List<String> plans = queryPlans(baselineConnection);
    Files.write(targetDirectory.resolve("query-plans-" + database + ".txt"), plans);
    System.out.println(String.join(System.lineSeparator(), plans));
  }

  /**
   * Each county's years, their first versions saved by the store as a user would, one by one; then the
   * later versions (each the same year again) written in one transaction, as a restore from a backup would.
   */
  private void fill() throws SQLException {
    for (int county = 0; county < counties; county++) {
      for (int year = FIRST_YEAR; year < FIRST_YEAR + years; year++) {
        store.save(ImmutableForumYear.copyOf(Workloads.sixForumYear(year)).withCountyId(countyId(county)), Workloads.profile(), 0, CHANGE);
      }
    }
    try (Connection connection = server.connect(); Statement statement = connection.createStatement()) {
      connection.setAutoCommit(false);
      for (int version = 2; version <= versions; version++) {
        statement.executeUpdate("INSERT INTO forum_year_version (county_id, calendar_year, version, storage_format, profile_id,"
            + " profile_version, actor, changed_at, changed_at_nanos, summary, request_id, document)"
            + " SELECT county_id, calendar_year, " + version + ", storage_format, profile_id, profile_version, actor, changed_at,"
            + " changed_at_nanos, summary, NULL, document FROM forum_year_version WHERE version = 1");
      }
      statement.executeUpdate("UPDATE forum_year SET current_version = " + versions);
      connection.commit();
    }
  }

  @TearDown
  public void tearDown() throws IOException, SQLException {
    storeConnection.close();
    baselineConnection.close();
    server.close();
  }

  static String countyId(int county) {
    return String.format("county-%02d", county + 1);
  }

  @Benchmark
  public StoredYear loadOneYear() {
    return store.find(wanted).orElseThrow();
  }

  @Benchmark
  public int handWrittenLoadOneYear() throws SQLException {
    return baseline.load(baselineConnection, wanted.countyId(), wanted.year());
  }

  /** EXPLAIN of the current version's lookup by key, as a load makes it, and of the events from a moment. */
  private List<String> queryPlans(Connection connection) throws SQLException {
    List<String> queries = List.of(
        "SELECT v.version, v.document FROM forum_year y JOIN forum_year_version v ON v.county_id = y.county_id"
            + " AND v.calendar_year = y.calendar_year AND v.version = y.current_version"
            + " WHERE y.county_id = '" + wanted.countyId() + "' AND y.calendar_year = " + wanted.year(),
        "SELECT county_id, calendar_year, event_id FROM forum_event WHERE starts_at >= TIMESTAMP WITH TIME ZONE '"
            + wanted.year() + "-06-01 00:00:00+00' ORDER BY starts_at, county_id, event_id LIMIT 10");
    List<String> plans = new ArrayList<>();
    for (String query : queries) {
      plans.add("-- " + query);
      try (Statement statement = connection.createStatement();
          ResultSet result = statement.executeQuery("EXPLAIN " + query)) {
        while (result.next()) {
          plans.add(result.getString(1));
        }
      }
    }
    return plans;
  }
}
