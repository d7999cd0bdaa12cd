package fi.hyvinvointialue.forum.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FinnishHolidaysTest {
  private static final int FIRST = 2000;
  private static final int LAST = 2100;

  @ParameterizedTest
  @CsvSource({"2000-04-23", "2008-03-23", "2011-04-24", "2019-04-21", "2024-03-31", "2025-04-20", "2026-04-05",
      "2038-04-25", "2100-03-28"})
  void easterMatchesPublishedDates(LocalDate easter) {
    assertEquals(easter, FinnishHolidays.easterSunday(easter.getYear()));
  }

  /** Gauss's Easter algorithm, a different derivation from the one under test. */
  private static LocalDate gaussEaster(int year) {
    int a = year % 19;
    int b = year % 4;
    int c = year % 7;
    int k = year / 100;
    int p = (13 + 8 * k) / 25;
    int q = k / 4;
    int m = (15 - p + k - q) % 30;
    int n = (4 + k - q) % 7;
    int d = (19 * a + m) % 30;
    int e = (2 * b + 4 * c + 6 * d + n) % 7;
    int day = 22 + d + e;
    if (d == 29 && e == 6) {
      return LocalDate.of(year, 4, 19);
    }
    if (d == 28 && e == 6 && (11 * m + 11) % 30 < 19) {
      return LocalDate.of(year, 4, 18);
    }
    return day <= 31 ? LocalDate.of(year, 3, day) : LocalDate.of(year, 4, day - 31);
  }

  @Test
  void everyYearFrom2000To2100FollowsTheRules() {
    for (int year = FIRST; year <= LAST; year++) {
      Map<Holiday, LocalDate> days = FinnishHolidays.withEves().inYear(year);
      String where = " in " + year;
      assertEquals(Holiday.values().length, days.size(), "every holiday has its day" + where);
      LocalDate easter = days.get(Holiday.EASTER_SUNDAY);
      assertEquals(gaussEaster(year), easter, "Easter" + where);
      assertEquals(DayOfWeek.SUNDAY, easter.getDayOfWeek(), "Easter on a Sunday" + where);
      assertTrue(!easter.isBefore(LocalDate.of(year, 3, 22)) && !easter.isAfter(LocalDate.of(year, 4, 25)), where);
      assertEquals(LocalDate.of(year, 1, 1), days.get(Holiday.NEW_YEARS_DAY), where);
      assertEquals(LocalDate.of(year, 1, 6), days.get(Holiday.EPIPHANY), where);
      assertEquals(LocalDate.of(year, 5, 1), days.get(Holiday.MAY_DAY), where);
      assertEquals(LocalDate.of(year, 12, 6), days.get(Holiday.INDEPENDENCE_DAY), where);
      assertEquals(LocalDate.of(year, 12, 24), days.get(Holiday.CHRISTMAS_EVE), where);
      assertEquals(LocalDate.of(year, 12, 25), days.get(Holiday.CHRISTMAS_DAY), where);
      assertEquals(LocalDate.of(year, 12, 26), days.get(Holiday.BOXING_DAY), where);
      assertEquals(easter.minusDays(2), days.get(Holiday.GOOD_FRIDAY), where);
      assertEquals(DayOfWeek.FRIDAY, days.get(Holiday.GOOD_FRIDAY).getDayOfWeek(), where);
      assertEquals(easter.plusDays(1), days.get(Holiday.EASTER_MONDAY), where);
      assertEquals(easter.plusDays(39), days.get(Holiday.ASCENSION_DAY), where);
      assertEquals(DayOfWeek.THURSDAY, days.get(Holiday.ASCENSION_DAY).getDayOfWeek(), where);
      assertEquals(easter.plusDays(49), days.get(Holiday.PENTECOST), where);
      assertEquals(DayOfWeek.SUNDAY, days.get(Holiday.PENTECOST).getDayOfWeek(), where);
      assertSaturdayBetween(days.get(Holiday.MIDSUMMER_DAY), LocalDate.of(year, 6, 20), LocalDate.of(year, 6, 26), where);
      assertEquals(days.get(Holiday.MIDSUMMER_DAY).minusDays(1), days.get(Holiday.MIDSUMMER_EVE), where);
      assertSaturdayBetween(days.get(Holiday.ALL_SAINTS_DAY), LocalDate.of(year, 10, 31), LocalDate.of(year, 11, 6), where);
    }
  }

  private static void assertSaturdayBetween(LocalDate day, LocalDate from, LocalDate until, String where) {
    assertEquals(DayOfWeek.SATURDAY, day.getDayOfWeek(), day + where);
    assertTrue(!day.isBefore(from) && !day.isAfter(until), day + " between " + from + " and " + until + where);
  }

  @Test
  void publishedDatesOf2025And2026() {
    Map<Holiday, LocalDate> y2025 = FinnishHolidays.withEves().inYear(2025);
    assertEquals(LocalDate.of(2025, 4, 18), y2025.get(Holiday.GOOD_FRIDAY));
    assertEquals(LocalDate.of(2025, 5, 29), y2025.get(Holiday.ASCENSION_DAY));
    assertEquals(LocalDate.of(2025, 6, 8), y2025.get(Holiday.PENTECOST));
    assertEquals(LocalDate.of(2025, 6, 20), y2025.get(Holiday.MIDSUMMER_EVE));
    assertEquals(LocalDate.of(2025, 6, 21), y2025.get(Holiday.MIDSUMMER_DAY));
    assertEquals(LocalDate.of(2025, 11, 1), y2025.get(Holiday.ALL_SAINTS_DAY));
    Map<Holiday, LocalDate> y2026 = FinnishHolidays.withEves().inYear(2026);
    assertEquals(LocalDate.of(2026, 6, 20), y2026.get(Holiday.MIDSUMMER_DAY));
    assertEquals(LocalDate.of(2026, 10, 31), y2026.get(Holiday.ALL_SAINTS_DAY));
    assertEquals(LocalDate.of(2026, 5, 14), y2026.get(Holiday.ASCENSION_DAY));
  }

  @Test
  void twoHolidaysOnOneDayMakeOneDayOff() {
    assertEquals(LocalDate.of(2008, 5, 1), FinnishHolidays.withEves().inYear(2008).get(Holiday.ASCENSION_DAY));
    assertEquals(14, FinnishHolidays.withEves().daysOff(2008).size());
    assertTrue(FinnishHolidays.withEves().isDayOff(LocalDate.of(2008, 5, 1)));
  }

  @Test
  void theEvesAreDaysOffOnlyWhenAskedFor() {
    LocalDate christmasEve = LocalDate.of(2027, Month.DECEMBER, 24);
    assertTrue(FinnishHolidays.withEves().isDayOff(christmasEve));
    assertFalse(FinnishHolidays.officialOnly().isDayOff(christmasEve));
    assertEquals(13, FinnishHolidays.officialOnly().inYear(2027).size());
    assertTrue(FinnishHolidays.officialOnly().inYear(2027).keySet().stream().noneMatch(Holiday::isEve));
    assertFalse(FinnishHolidays.withEves().isDayOff(LocalDate.of(2027, Month.DECEMBER, 23)));
  }
}
