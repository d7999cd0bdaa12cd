package fi.hyvinvointialue.forum.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.sql.SQLException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs each storage benchmark once on each database. The baseline must write what the store writes:
 * the store reads the year the baseline saved as the year it saved itself.
 */
class StorageBenchmarkTest {
  @ParameterizedTest
  @ValueSource(strings = {BenchmarkDatabase.H2, BenchmarkDatabase.POSTGRESQL})
  void eachBenchmarkSavesOrLoadsTheWholeYear(String database) throws IOException, SQLException {
    StorageBenchmark benchmark = new StorageBenchmark();
    benchmark.database = database;
    benchmark.setUp();
    try {
      assertEquals(2, benchmark.save());
      assertEquals(2, benchmark.saveConnectingEachTime());
      assertEquals(2, benchmark.handWrittenSave());
      assertEquals(3, benchmark.handWrittenSave());

      assertEquals(benchmark.year, benchmark.load().year());
      assertEquals(2, benchmark.load().version());
      assertEquals(benchmark.connectingYear, benchmark.loadConnectingEachTime().year());
      assertEquals(benchmark.baselineYear, benchmark.store.find(benchmark.baselineYear.key()).orElseThrow().year());
      assertEquals(3, benchmark.store.find(benchmark.baselineYear.key()).orElseThrow().version());
      assertEquals(benchmark.baseline.documentLength(), benchmark.handWrittenLoad());
      assertEquals(benchmark.baselineYear, benchmark.handWrittenLoadAndDecode().year());
      assertEquals(1, benchmark.bareInsertAndCommit());
      assertEquals(2, benchmark.bareInsertAndCommit());
    } finally {
      benchmark.tearDown();
    }
  }
}
