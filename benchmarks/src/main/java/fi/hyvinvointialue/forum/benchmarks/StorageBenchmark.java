package fi.hyvinvointialue.forum.benchmarks;

import fi.hyvinvointialue.forum.adapters.jdbc.JdbcForumYears;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.ImmutableForumYear;
import fi.hyvinvointialue.forum.domain.port.Change;
import fi.hyvinvointialue.forum.domain.port.ImmutableChange;
import fi.hyvinvointialue.forum.domain.port.StoredYear;
import fi.hyvinvointialue.forum.json.Plan;
import fi.hyvinvointialue.forum.json.YearDocuments;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
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
 * Saving and loading a county's year (six forums, full records) with {@link JdbcForumYears}, on H2
 * and on PostgreSQL, against {@link HandWrittenJdbc} writing and reading the same document and rows (and
 * reading it with the same codec, so the two loads return the same year), and a bare insert and commit
 * showing what the database's commit costs by itself. The store
 * is measured twice: over one reused connection, as behind a pool ({@code migrate(DataSource)}),
 * and connecting for each call, as {@code open(url, ...)} does.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class StorageBenchmark {
  private static final Change CHANGE =
      ImmutableChange.builder().actor("benchmark").at(Instant.parse("2026-11-22T10:00:00Z")).summary("benchmark save").build();

  @Param({BenchmarkDatabase.H2, BenchmarkDatabase.POSTGRESQL})
  public String database;

  BenchmarkDatabase server;
  Connection storeConnection;
  Connection baselineConnection;
  JdbcForumYears store;
  JdbcForumYears connectingStore;
  HandWrittenJdbc baseline;
  ForumYear year;
  ForumYear connectingYear;
  ForumYear baselineYear;
  long version;
  long connectingVersion;
  long baselineVersion;
  long bareKey;
  final YearDocuments documents = new YearDocuments();

  @Setup
  public void setUp() throws IOException, SQLException {
    server = BenchmarkDatabase.start(database);
    storeConnection = server.connect();
    store = JdbcForumYears.migrate(BenchmarkDatabase.pooledLike(storeConnection));
    connectingStore = JdbcForumYears.open(server.url(), server.user(), "");
    ForumYear planned = Workloads.sixForumYear(Workloads.YEAR);
    // each year as stored, stamps included (EventStamps), so saving it again stores the same year
    StoredYear stored = store.save(planned, Workloads.profile(), 0, CHANGE);
    StoredYear connecting =
        store.save(ImmutableForumYear.copyOf(planned).withCountyId(planned.countyId() + "-connecting"), Workloads.profile(), 0, CHANGE);
    StoredYear byHand =
        store.save(ImmutableForumYear.copyOf(planned).withCountyId(planned.countyId() + "-by-hand"), Workloads.profile(), 0, CHANGE);
    year = stored.year();
    connectingYear = connecting.year();
    baselineYear = byHand.year();
    version = stored.version();
    connectingVersion = connecting.version();
    baselineVersion = byHand.version();
    baselineConnection = server.connect();
    baseline = HandWrittenJdbc.capture(baselineConnection, baselineYear.countyId(), baselineYear.year());
    HandWrittenJdbc.createCommitTable(baselineConnection);
  }

  @TearDown
  public void tearDown() throws IOException, SQLException {
    storeConnection.close();
    baselineConnection.close();
    server.close();
  }

  @Benchmark
  public long save() {
    version = store.save(year, Workloads.profile(), version, CHANGE).version();
    return version;
  }

  @Benchmark
  public long saveConnectingEachTime() {
    connectingVersion = connectingStore.save(connectingYear, Workloads.profile(), connectingVersion, CHANGE).version();
    return connectingVersion;
  }

  @Benchmark
  public long handWrittenSave() throws SQLException {
    baselineVersion = baseline.save(baselineConnection, baselineYear.countyId(), baselineYear.year(), baselineVersion);
    return baselineVersion;
  }

  /** One small row inserted and committed: how much of a save is the database's commit. */
  @Benchmark
  public long bareInsertAndCommit() throws SQLException {
    return HandWrittenJdbc.insertAndCommit(baselineConnection, ++bareKey);
  }

  @Benchmark
  public StoredYear load() {
    return store.find(year.key()).orElseThrow();
  }

  @Benchmark
  public StoredYear loadConnectingEachTime() {
    return connectingStore.find(connectingYear.key()).orElseThrow();
  }

  @Benchmark
  public int handWrittenLoad() throws SQLException {
    return baseline.load(baselineConnection, baselineYear.countyId(), baselineYear.year());
  }

  /** The floor's one select, its document read with the same codec as the store's: the year itself. */
  @Benchmark
  public Plan handWrittenLoadAndDecode() throws SQLException {
    return documents.read("benchmark", baseline.currentDocument(baselineConnection, baselineYear.countyId(), baselineYear.year()));
  }
}
