package fi.hyvinvointialue.forum.adapters.ical;

import fi.hyvinvointialue.forum.domain.HelsinkiTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Optional;

/**
 * The date and time values ical4j reads, in Helsinki: DATE values are days, floating times are
 * Helsinki wall-clock times, and zoned or UTC times are instants.
 */
final class Moments {
  private Moments() {}

  static LocalDate helsinkiDate(Temporal value) {
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value instanceof LocalDateTime floating) {
      return floating.toLocalDate();
    }
    return HelsinkiTime.date(instant(value).orElseThrow());
  }

  /** The instant of a date-time; empty for a DATE. */
  static Optional<Instant> instant(Temporal value) {
    if (value instanceof LocalDate) {
      return Optional.empty();
    }
    if (value instanceof LocalDateTime floating) {
      return Optional.of(HelsinkiTime.instant(floating));
    }
    if (value instanceof ZonedDateTime zoned) {
      return Optional.of(zoned.toInstant());
    }
    if (value instanceof OffsetDateTime offset) {
      return Optional.of(offset.toInstant());
    }
    if (value instanceof Instant instant) {
      return Optional.of(instant);
    }
    throw new IllegalArgumentException("an unsupported date or time value: " + value);
  }

  /** One occurrence names another: the same instant, or the same day where either is a DATE. */
  static boolean same(Temporal a, Temporal b) {
    Optional<Instant> first = instant(a);
    Optional<Instant> second = instant(b);
    return first.isPresent() && second.isPresent() ? first.equals(second) : helsinkiDate(a).equals(helsinkiDate(b));
  }

  /** {@code day} at midnight in the type and zone of {@code like}, for bounds of a recurrence. */
  static Temporal startOfDayLike(Temporal like, LocalDate day) {
    if (like instanceof LocalDate) {
      return day;
    }
    if (like instanceof LocalDateTime) {
      return day.atStartOfDay();
    }
    if (like instanceof ZonedDateTime zoned) {
      return day.atStartOfDay(zoned.getZone());
    }
    if (like instanceof OffsetDateTime offset) {
      return day.atStartOfDay().atOffset(offset.getOffset());
    }
    return day.atStartOfDay(HelsinkiTime.ZONE).toInstant();
  }
}
