package fi.hyvinvointialue.forum.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import net.fortuna.ical4j.data.ParserException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Runs each calendar benchmark once. The floor is honest only if it writes the adapter's very text,
 * and both readers find every event of it.
 */
class CalendarBenchmarkTest {
  @ParameterizedTest
  @CsvSource({"year, 33", "1000, 1000"})
  void theFloorWritesTheAdaptersTextAndBothReadersReadItsEvents(String events, int entries)
      throws IOException, ParserException {
    CalendarBenchmark benchmark = new CalendarBenchmark();
    benchmark.events = events;
    benchmark.setUp();

    assertEquals(new String(benchmark.publish(), StandardCharsets.UTF_8),
        new String(benchmark.plainWrite(), StandardCharsets.UTF_8));
    assertEquals(entries, benchmark.parse());
    assertEquals(entries, benchmark.plainParse());
  }
}
