package fi.hyvinvointialue.forum.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Days and wall-clock times read by position agree with java.time's own ISO reading, to the nanosecond. */
class TextFormatProperties {
  private static final long FIRST = LocalDate.of(2000, 1, 1).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
  private static final long LAST = LocalDate.of(2200, 12, 31).atStartOfDay().toEpochSecond(ZoneOffset.UTC);

  @Test
  void aWallClockTimeWithAnyNumberOfFractionDigitsReadsAsJavaTimeReadsIt() {
    qt().forAll(longs().between(FIRST, LAST), integers().between(0, 999_999_999), integers().between(0, 9))
        .checkAssert((second, nanos, digits) -> {
          LocalDateTime time = LocalDateTime.ofEpochSecond(second, 0, ZoneOffset.UTC)
              .withNano(digits == 0 ? 0 : nanos / (int) Math.pow(10, 9 - digits) * (int) Math.pow(10, 9 - digits));
          String text = time.format(DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss"))
              + (digits == 0 ? "" : "." + String.format("%09d", time.getNano()).substring(0, digits));
          assertEquals(Optional.of(LocalDateTime.parse(text)), TextFormat.WALL_CLOCK_TIME.read(text), text);
          assertEquals(Optional.of(time.toLocalDate()), TextFormat.DATE.read(text.substring(0, 10)), text);
        });
  }

  @Test
  void minutesWithoutSecondsAndImpossibleDaysAreReadAsBefore() {
    assertEquals(Optional.of(LocalDateTime.of(2028, 2, 29, 9, 5)), TextFormat.WALL_CLOCK_TIME.read("2028-02-29T09:05"));
    assertEquals(Optional.empty(), TextFormat.WALL_CLOCK_TIME.read("2026-02-29T09:05"));
    assertEquals(Optional.empty(), TextFormat.DATE.read("2026-04-31"));
    assertEquals(Optional.empty(), TextFormat.WALL_CLOCK_TIME.read("2026-04-30T24:00"));
    assertEquals(Optional.empty(), TextFormat.WALL_CLOCK_TIME.read("2026-04-30T09:00:00.1234567890"));
  }
}
