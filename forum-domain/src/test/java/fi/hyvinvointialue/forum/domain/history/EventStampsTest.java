package fi.hyvinvointialue.forum.domain.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import fi.hyvinvointialue.forum.domain.YearKey;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventStampsTest {
  @Test
  void aUidIsANameBasedUuidOfTheCountyYearAndEventAndNothingElse() {
    String uid = EventStamps.uid(YearKey.of("keski-suomi", 2026), "foorumi-2026-1");
    UUID parsed = UUID.fromString(uid);

    assertEquals(8, parsed.version(), "RFC 9562 version 8, name-based with SHA-256");
    assertEquals(2, parsed.variant(), "the RFC variant");
    assertEquals(uid, EventStamps.uid(YearKey.of("keski-suomi", 2026), "foorumi-2026-1"), "the same every time");
    assertNotEquals(uid, EventStamps.uid(YearKey.of("keski-suomi", 2027), "foorumi-2026-1"), "unique across years");
    assertNotEquals(uid, EventStamps.uid(YearKey.of("pohjanmaa", 2026), "foorumi-2026-1"), "and across counties");
  }
}
