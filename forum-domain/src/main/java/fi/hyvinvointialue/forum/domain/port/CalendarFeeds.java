package fi.hyvinvointialue.forum.domain.port;

import fi.hyvinvointialue.forum.domain.YearKey;
import java.util.Optional;

/**
 * Where published calendar feeds go (a web directory, a CMS, a bucket): one feed per forum year,
 * each replaced whole, so a subscriber sees the previous feed or the new one and never a mix.
 */
public interface CalendarFeeds {
  /**
   * Replaces the year's feed.
   *
   * @throws StorageFailure when the feed could not be put; the previous feed is intact
   */
  void put(YearKey key, byte[] feed);

  /** The year's feed as last put. */
  Optional<byte[]> find(YearKey key);
}
