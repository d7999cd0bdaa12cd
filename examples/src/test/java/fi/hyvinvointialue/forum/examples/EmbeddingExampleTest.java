package fi.hyvinvointialue.forum.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmbeddingExampleTest {
  @Test
  void checksTheYearAndTheChangeAndStoresTheYearInBothAdapters() {
    List<String> lines = EmbeddingExample.run(Path.of("plans/keski-suomi-2026.yaml"), Instant.parse("2027-01-15T10:00:00Z"));

    assertEquals(List.of(
        "COMPLIANT: no findings on TL-4",
        "NOT_COMPLIANT: The agenda of the forum of 2026-03-11 was published on the website on 2026-03-10, 1 days before the event; "
            + "it must be published by 2026-03-04 (at least 7 days before).",
        "InMemoryForumYears: [2026] version 1",
        "JdbcForumYears: [2026] version 1"), lines);
  }
}
