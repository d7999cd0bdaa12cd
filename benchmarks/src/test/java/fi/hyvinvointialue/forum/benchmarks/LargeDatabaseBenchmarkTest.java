package fi.hyvinvointialue.forum.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs each large-database benchmark once, over a small database: both load the year asked for. */
class LargeDatabaseBenchmarkTest {
  @ParameterizedTest
  @ValueSource(strings = {BenchmarkDatabase.H2, BenchmarkDatabase.POSTGRESQL})
  void bothLoadTheYearAskedFor(String database, @TempDir Path target) throws IOException, SQLException {
    LargeDatabaseBenchmark benchmark = new LargeDatabaseBenchmark();
    benchmark.database = database;
    benchmark.counties = 3;
    benchmark.years = 2;
    benchmark.versions = 3;
    benchmark.targetDirectory = target;
    benchmark.setUp();
    try {
      assertEquals(benchmark.wanted, benchmark.loadOneYear().year().key());
      assertEquals(3, benchmark.loadOneYear().version());
      assertEquals(benchmark.baseline.documentLength(), benchmark.handWrittenLoadOneYear());
      assertEquals(6, benchmark.store.years(LargeDatabaseBenchmark.countyId(0)).size() * 3);
      assertTrue(Files.readString(target.resolve("query-plans-" + database + ".txt")).contains("forum_event"));
    } finally {
      benchmark.tearDown();
    }
  }
}
