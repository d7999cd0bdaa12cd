package fi.hyvinvointialue.forum.adapters.ical;

import fi.hyvinvointialue.forum.domain.port.CalendarPublishing;
import fi.hyvinvointialue.forum.domain.port.DecisionCalendarReading;
import fi.hyvinvointialue.forum.domain.testing.CalendarPublishingContract;

class ICalendarAdapterContractTest implements CalendarPublishingContract {
  @Override
  public CalendarPublishing publishing() {
    return new ICalendarAdapter();
  }

  @Override
  public DecisionCalendarReading reading(long maxBytes) {
    return new ICalendarAdapter(maxBytes);
  }
}
