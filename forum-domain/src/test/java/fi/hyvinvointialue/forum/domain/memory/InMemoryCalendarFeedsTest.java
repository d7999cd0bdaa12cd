package fi.hyvinvointialue.forum.domain.memory;

import fi.hyvinvointialue.forum.domain.port.CalendarFeeds;
import fi.hyvinvointialue.forum.domain.testing.CalendarFeedsContract;

class InMemoryCalendarFeedsTest implements CalendarFeedsContract {
  private final InMemoryCalendarFeeds feeds = new InMemoryCalendarFeeds();

  @Override
  public CalendarFeeds calendarFeeds() {
    return feeds;
  }
}
