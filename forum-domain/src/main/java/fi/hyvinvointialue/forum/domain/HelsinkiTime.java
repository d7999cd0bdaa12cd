package fi.hyvinvointialue.forum.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Wall-clock times in the model are Helsinki times: this turns them into instants and calendar days.
 *
 * <p>Deadlines count calendar days in Helsinki, so a week across a daylight-saving change is
 * still seven days, although it is 167 or 169 hours long.
 */
public final class HelsinkiTime {
  /** The zone every {@link LocalDateTime} of the model is read in. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Helsinki");

  private HelsinkiTime() {}

  public static Instant instant(LocalDateTime helsinkiTime) {
    return helsinkiTime.atZone(ZONE).toInstant();
  }

  public static LocalDateTime wallTime(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZONE);
  }

  public static LocalDate date(Instant instant) {
    return wallTime(instant).toLocalDate();
  }

  /** Calendar days from one day to another: positive when {@code to} is later. */
  public static long daysBetween(LocalDate from, LocalDate to) {
    return ChronoUnit.DAYS.between(from, to);
  }
}
