package fi.hyvinvointialue.forum.planning;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Maps;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumMap;

/**
 * Finnish public holidays, computed for any Gregorian year: the fixed ones, those that move with
 * Western Easter, and Midsummer and All Saints' Day on the Saturday of their week. Midsummer Eve
 * and Christmas Eve count as days off unless {@link #officialOnly()} is asked for.
 */
public final class FinnishHolidays {
  private static final FinnishHolidays WITH_EVES = new FinnishHolidays(true);
  private static final FinnishHolidays OFFICIAL_ONLY = new FinnishHolidays(false);

  private final boolean evesOff;

  private FinnishHolidays(boolean evesOff) {
    this.evesOff = evesOff;
  }

  /** Public holidays and Midsummer and Christmas Eves, as most offices keep them. */
  public static FinnishHolidays withEves() {
    return WITH_EVES;
  }

  /** The official public holidays only. */
  public static FinnishHolidays officialOnly() {
    return OFFICIAL_ONLY;
  }

  public static FinnishHolidays of(boolean evesAreDaysOff) {
    return evesAreDaysOff ? WITH_EVES : OFFICIAL_ONLY;
  }

  /**
   * The year's holidays and their dates, in the order of {@link Holiday}. Two may fall on one day
   * (Ascension Day on May Day in 2008), so count days off with {@link #daysOff(int)}.
   */
  public ImmutableMap<Holiday, LocalDate> inYear(int year) {
    LocalDate easter = easterSunday(year);
    LocalDate midsummerDay = saturdayFrom(LocalDate.of(year, Month.JUNE, 20));
    EnumMap<Holiday, LocalDate> days = new EnumMap<>(Holiday.class);
    days.put(Holiday.NEW_YEARS_DAY, LocalDate.of(year, Month.JANUARY, 1));
    days.put(Holiday.EPIPHANY, LocalDate.of(year, Month.JANUARY, 6));
    days.put(Holiday.GOOD_FRIDAY, easter.minusDays(2));
    days.put(Holiday.EASTER_SUNDAY, easter);
    days.put(Holiday.EASTER_MONDAY, easter.plusDays(1));
    days.put(Holiday.MAY_DAY, LocalDate.of(year, Month.MAY, 1));
    days.put(Holiday.ASCENSION_DAY, easter.plusDays(39));
    days.put(Holiday.PENTECOST, easter.plusDays(49));
    days.put(Holiday.MIDSUMMER_DAY, midsummerDay);
    days.put(Holiday.ALL_SAINTS_DAY, saturdayFrom(LocalDate.of(year, Month.OCTOBER, 31)));
    days.put(Holiday.INDEPENDENCE_DAY, LocalDate.of(year, Month.DECEMBER, 6));
    days.put(Holiday.CHRISTMAS_DAY, LocalDate.of(year, Month.DECEMBER, 25));
    days.put(Holiday.BOXING_DAY, LocalDate.of(year, Month.DECEMBER, 26));
    if (evesOff) {
      days.put(Holiday.MIDSUMMER_EVE, midsummerDay.minusDays(1));
      days.put(Holiday.CHRISTMAS_EVE, LocalDate.of(year, Month.DECEMBER, 24));
    }
    return Maps.immutableEnumMap(days);
  }

  /** The year's days off in date order. */
  public ImmutableSortedSet<LocalDate> daysOff(int year) {
    return ImmutableSortedSet.copyOf(inYear(year).values());
  }

  public boolean isDayOff(LocalDate day) {
    return daysOff(day.getYear()).contains(day);
  }

  /**
   * Western (Gregorian) Easter Sunday by the anonymous algorithm of Meeus, Jones and Butcher.
   */
  public static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }

  private static LocalDate saturdayFrom(LocalDate first) {
    return first.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
  }
}
