package fi.hyvinvointialue.forum.domain.memory;

import fi.hyvinvointialue.forum.domain.YearKey;
import fi.hyvinvointialue.forum.domain.port.CalendarFeeds;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Published feeds in memory, for tests and for trying the library out. */
public final class InMemoryCalendarFeeds implements CalendarFeeds {
  private final Map<YearKey, byte[]> feeds = new HashMap<>();

  @Override
  public synchronized void put(YearKey key, byte[] feed) {
    // Copied both ways: a caller that reuses its array must not change a published feed.
    feeds.put(key, feed.clone());
  }

  @Override
  public synchronized Optional<byte[]> find(YearKey key) {
    return Optional.ofNullable(feeds.get(key)).map(byte[]::clone);
  }
}
