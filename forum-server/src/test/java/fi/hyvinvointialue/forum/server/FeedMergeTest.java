package fi.hyvinvointialue.forum.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FeedMergeTest {
  private static byte[] feed(String... events) {
    StringBuilder feed = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VTIMEZONE\r\nTZID:Europe/Helsinki\r\nEND:VTIMEZONE\r\n");
    for (String event : events) {
      feed.append(event);
    }
    return feed.append("END:VCALENDAR\r\n").toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String event(String uidLines, String summary) {
    return "BEGIN:VEVENT\r\n" + uidLines + "SUMMARY:" + summary + "\r\nEND:VEVENT\r\n";
  }

  @Test
  void addsTheSecondYearsEventsToTheFirstCalendarOnce() {
    byte[] merged = FeedMerge.merge(feed(event("UID:a@hyvaks.fi\r\n", "A")), feed(event("UID:b@hyvaks.fi\r\n", "B")), 2027);

    assertEquals(new String(feed(event("UID:a@hyvaks.fi\r\n", "A"), event("UID:b@hyvaks.fi\r\n", "B")), StandardCharsets.UTF_8),
        new String(merged, StandardCharsets.UTF_8));
  }

  @Test
  void anEventIdUsedInBothYearsGetsTheLaterYearInItsUidFoldedAsRfc5545Asks() {
    String longUid = "kevaan-palveluntuottajafoorumi-jossa-on-pitka-tunniste-" + "x".repeat(20) + "@hyvaks.fi";
    String folded = "UID:" + longUid.substring(0, 71) + "\r\n " + longUid.substring(71) + "\r\n";

    String merged = new String(FeedMerge.merge(feed(event(folded, "A")), feed(event(folded, "B")), 2027), StandardCharsets.UTF_8);

    String renamed = ("UID:2027-" + longUid);
    String expected = "UID:" + longUid.substring(0, 71) + "\r\n " + longUid.substring(71) + "\r\nSUMMARY:A";
    assertEquals(true, merged.contains(expected), merged);
    assertEquals(true, merged.contains(renamed.substring(0, 75) + "\r\n " + renamed.substring(75) + "\r\nSUMMARY:B"), merged);
  }
}
