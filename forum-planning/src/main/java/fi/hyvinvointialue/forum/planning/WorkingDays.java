package fi.hyvinvointialue.forum.planning;

import com.google.common.collect.ImmutableSortedSet;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Office days, Monday to Friday except days off: when materials go up, the working group reads and
 * memos go out. One instance serves one planning run, remembering the years it has looked at.
 */
final class WorkingDays {
  private final FinnishHolidays holidays;
  private final Map<Integer, ImmutableSortedSet<LocalDate>> daysOffByYear = new HashMap<>();

  WorkingDays(FinnishHolidays holidays) {
    this.holidays = holidays;
  }

  boolean isDayOff(LocalDate day) {
    return daysOffByYear.computeIfAbsent(day.getYear(), holidays::daysOff).contains(day);
  }

  boolean isWorkingDay(LocalDate day) {
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && !isDayOff(day);
  }

  /** The day itself if it is a working day, otherwise the last working day before it. */
  LocalDate onOrBefore(LocalDate day) {
    LocalDate working = day;
    while (!isWorkingDay(working)) {
      working = working.minusDays(1);
    }
    return working;
  }

  /** The working day that comes {@code count} working days after the day (1: the next one). */
  LocalDate after(LocalDate day, int count) {
    LocalDate working = day;
    for (int left = count; left > 0; ) {
      working = working.plusDays(1);
      if (isWorkingDay(working)) {
        left--;
      }
    }
    return working;
  }
}
