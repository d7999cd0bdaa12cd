package fi.hyvinvointialue.forum.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The writer's change and its figures. */
class SequentialWriterTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void changesTheFirstEventsTitleAndBackAgain() throws IOException {
    String plan = "{\"year\":2026,\"events\":[{\"id\":\"a\",\"title\":\"Foorumi\"},{\"id\":\"b\",\"title\":\"Toinen\"}]}";

    String once = SequentialWriter.changed(plan);

    assertEquals("Foorumi (muutettu)", JSON.readTree(once).path("events").path(0).path("title").asText());
    assertEquals("Toinen", JSON.readTree(once).path("events").path(1).path("title").asText());
    assertEquals(JSON.readTree(plan), JSON.readTree(SequentialWriter.changed(once)));
  }

  @Test
  void summarisesByNearestRank() {
    List<Long> latencies = List.of(4_000_000L, 1_000_000L, 3_000_000L, 2_000_000L);

    assertEquals("puts=4 p50=2.00ms p99=4.00ms max=4.00ms non2xx=1", SequentialWriter.summary(latencies, 1));
    assertEquals("puts=0 p50=0.00ms p99=0.00ms max=0.00ms non2xx=0", SequentialWriter.summary(List.of(), 0));
  }
}
