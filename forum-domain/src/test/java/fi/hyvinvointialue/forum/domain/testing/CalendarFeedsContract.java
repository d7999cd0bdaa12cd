package fi.hyvinvointialue.forum.domain.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.hyvinvointialue.forum.domain.YearKey;
import fi.hyvinvointialue.forum.domain.port.CalendarFeeds;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The published-feeds port's contract: every adapter of {@link CalendarFeeds} runs these tests. */
public interface CalendarFeedsContract {
  CalendarFeeds calendarFeeds();

  private static YearKey freshKey() {
    return YearKey.of("county-" + UUID.randomUUID(), 2026);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  default void aFeedPutIsFoundWhole() {
    YearKey key = freshKey();
    calendarFeeds().put(key, bytes("BEGIN:VCALENDAR\r\nÄÅÖ 🎉\r\nEND:VCALENDAR\r\n"));

    assertArrayEquals(bytes("BEGIN:VCALENDAR\r\nÄÅÖ 🎉\r\nEND:VCALENDAR\r\n"), calendarFeeds().find(key).orElseThrow());
  }

  @Test
  default void aLaterFeedReplacesTheEarlierOneAndNoOtherYearsFeed() {
    YearKey key = freshKey();
    YearKey other = YearKey.of(key.countyId(), 2027);
    calendarFeeds().put(key, bytes("first, longer feed"));
    calendarFeeds().put(other, bytes("other year"));
    calendarFeeds().put(key, bytes("second"));

    assertArrayEquals(bytes("second"), calendarFeeds().find(key).orElseThrow());
    assertArrayEquals(bytes("other year"), calendarFeeds().find(other).orElseThrow());
  }

  @Test
  default void aFeedNeverPutIsNotFound() {
    assertTrue(calendarFeeds().find(freshKey()).isEmpty());
  }

  @Test
  default void changingTheCallersArrayAfterwardsDoesNotChangeThePublishedFeed() {
    YearKey key = freshKey();
    byte[] feed = bytes("feed");
    calendarFeeds().put(key, feed);
    feed[0] = 'X';
    calendarFeeds().find(key).orElseThrow()[1] = 'Y';

    assertArrayEquals(bytes("feed"), calendarFeeds().find(key).orElseThrow());
  }
}
