package fi.hyvinvointialue.forum.adapters.ical;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.Decision;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.HelsinkiTime;
import fi.hyvinvointialue.forum.domain.port.CalendarPublishing;
import fi.hyvinvointialue.forum.domain.port.DecisionCalendarReading;
import fi.hyvinvointialue.forum.domain.port.FeedSettings;
import fi.hyvinvointialue.forum.domain.profile.PolicyProfile;
import java.io.InputStream;
import java.time.Instant;

/**
 * The calendar port as iCalendar: a year as a subscription feed (RFC 5545 with RFC 7986's
 * calendar properties), and a county's decision calendar read into decisions. Stateless and safe
 * to share between threads.
 */
public final class ICalendarAdapter implements CalendarPublishing, DecisionCalendarReading {
  /** The largest decision calendar read by default: a busy county's year is well under 1 MiB. */
  public static final long DEFAULT_MAX_IMPORT_BYTES = 8L * 1024 * 1024;

  private final long maxImportBytes;

  /** An adapter that reads decision calendars up to {@link #DEFAULT_MAX_IMPORT_BYTES}. */
  public ICalendarAdapter() {
    this(DEFAULT_MAX_IMPORT_BYTES);
  }

  /** An adapter that refuses decision calendars longer than {@code maxImportBytes}, before parsing them. */
  public ICalendarAdapter(long maxImportBytes) {
    if (maxImportBytes < 1) {
      throw new IllegalArgumentException("maxImportBytes must be positive, was " + maxImportBytes);
    }
    this.maxImportBytes = maxImportBytes;
  }

  @Override
  public byte[] publish(ForumYear year, PolicyProfile profile, FeedSettings settings) {
    return FeedWriter.write(year, profile, settings);
  }

  /**
   * The secretary's personal to-do calendar: every deadline of the year the record does not show done
   * by {@code asOf} (PolicyCalendar's deadlines), each an all-day entry on its day, since calendar clients
   * ignore VTODO in subscriptions.
   */
  public byte[] publishDeadlines(ForumYear year, PolicyProfile profile, FeedSettings settings, Instant asOf) {
    return FeedWriter.writeDeadlines(year, profile, settings, HelsinkiTime.wallTime(asOf));
  }

  @Override
  public ImmutableList<Decision> read(String sourceName, InputStream calendar, int year) {
    return DecisionCalendarReader.read(sourceName, calendar, year, maxImportBytes);
  }
}
