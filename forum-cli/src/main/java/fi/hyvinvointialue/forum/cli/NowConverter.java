package fi.hyvinvointialue.forum.cli;

import fi.hyvinvointialue.forum.domain.HelsinkiTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/** {@code --now} as an instant ({@code ...Z}), a Helsinki date and time, or a Helsinki day's start. */
final class NowConverter implements CommandLine.ITypeConverter<Instant> {
  @Override
  public Instant convert(String value) {
    try {
      if (value.endsWith("Z") || value.matches(".*[+-]\\d\\d:\\d\\d$")) {
        return java.time.OffsetDateTime.parse(value).toInstant();
      }
      if (value.contains("T")) {
        return HelsinkiTime.instant(LocalDateTime.parse(value));
      }
      return HelsinkiTime.instant(LocalDate.parse(value).atStartOfDay());
    } catch (DateTimeParseException notATime) {
      throw new CommandLine.TypeConversionException(
          "'" + value + "' is not a time: give 2026-05-01, 2026-05-01T12:00 (Helsinki) or 2026-05-01T09:00:00Z");
    }
  }
}
