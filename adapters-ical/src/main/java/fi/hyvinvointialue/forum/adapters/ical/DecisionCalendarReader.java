package fi.hyvinvointialue.forum.adapters.ical;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.Decision;
import java.io.InputStream;

final class DecisionCalendarReader {
  private DecisionCalendarReader() {}

  static ImmutableList<Decision> read(String sourceName, InputStream calendar, int year, long maxBytes) {
    throw new UnsupportedOperationException("not yet");
  }
}
