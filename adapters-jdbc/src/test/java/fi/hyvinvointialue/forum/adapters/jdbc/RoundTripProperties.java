package fi.hyvinvointialue.forum.adapters.jdbc;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.ImmutableForumYear;
import fi.hyvinvointialue.forum.domain.history.EventStamps;
import fi.hyvinvointialue.forum.domain.port.ImmutableChange;
import fi.hyvinvointialue.forum.domain.port.StoredYear;
import fi.hyvinvointialue.forum.domain.testing.ForumGenerators;
import fi.hyvinvointialue.forum.domain.testing.SampleYears;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Any compliant year comes back equal, through a save over another year as well as a first one. */
class RoundTripProperties {
  private final JdbcForumYears store =
      JdbcForumYears.open(JdbcForumYears.inMemoryH2Url("round-trip-" + UUID.randomUUID()), "sa", "");

  @Test
  void everyCompliantYearRoundTrips() {
    qt().withExamples(15)
        .forAll(ForumGenerators.compliantYears(), integers().between(3, 6), integers().between(0, 20), ForumGenerators.startTimes())
        .checkAssert((first, forums, dayShift, time) -> {
          String county = "county-" + UUID.randomUUID();
          ForumYear stored = ImmutableForumYear.copyOf(first).withCountyId(county);
          ForumYear replacement =
              ImmutableForumYear.copyOf(ForumGenerators.compliantYear(first.year(), forums, dayShift, time)).withCountyId(county);
          StoredYear firstSaved = store.save(stored, SampleYears.profile(), 0, change());
          StoredYear saved = store.save(replacement, SampleYears.profile(), 1, change());

          org.junit.jupiter.api.Assertions.assertEquals(
              StoredYear.of(EventStamps.stamp(Optional.of(firstSaved.year()), replacement, change().at()), SampleYears.profile(), 2),
              store.find(stored.key()).orElseThrow());
          org.junit.jupiter.api.Assertions.assertEquals(saved, store.find(stored.key()).orElseThrow());
        });
  }

  private static ImmutableChange change() {
    return ImmutableChange.builder().actor("property").at(Instant.parse("2026-01-01T00:00:00Z")).summary("round trip").build();
  }
}
