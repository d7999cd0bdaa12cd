package fi.hyvinvointialue.forum.domain.port;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.Decision;
import java.io.InputStream;

/** The calendar port, reading side: a county's decision-making calendar as decisions of one year. */
public interface DecisionCalendarReading {
  /**
   * Reads the decisions dated in {@code year}, recurring ones expanded and cancelled ones left out.
   *
   * @param sourceName the file or address, named in errors
   * @throws CalendarFormatError when the calendar is malformed or too large
   */
  ImmutableList<Decision> read(String sourceName, InputStream calendar, int year);
}
