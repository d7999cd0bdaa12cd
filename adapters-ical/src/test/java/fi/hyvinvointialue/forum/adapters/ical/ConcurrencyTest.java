package fi.hyvinvointialue.forum.adapters.ical;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.hyvinvointialue.forum.domain.Decision;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.testing.SampleYears;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One adapter shared by threads publishing and reading at once gives what it gives alone. */
class ConcurrencyTest {
  private record Result(byte[] feed, List<Decision> decisions) {}

  @Test
  void oneAdapterServesManyThreads() throws Exception {
    ICalendarAdapter adapter = new ICalendarAdapter();
    ForumYear year = SampleYears.keskiSuomi(2026);
    byte[] outlook = DecisionCalendarReadingTest.sample("outlook.ics").getBytes(StandardCharsets.UTF_8);
    Result alone = new Result(adapter.publish(year, SampleYears.profile(), Feeds.settings()),
        adapter.read("outlook.ics", new ByteArrayInputStream(outlook), 2026));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Result>> results = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        results.add(pool.submit(() -> new Result(adapter.publish(year, SampleYears.profile(), Feeds.settings()),
            adapter.read("outlook.ics", new ByteArrayInputStream(outlook), 2026))));
      }
      for (Future<Result> result : results) {
        Result together = result.get(60, TimeUnit.SECONDS);
        assertArrayEquals(alone.feed(), together.feed());
        assertEquals(alone.decisions(), together.decisions());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
