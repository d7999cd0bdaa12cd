package fi.hyvinvointialue.forum.adapters.ical;

import static org.quicktheories.QuickTheory.qt;

import fi.hyvinvointialue.forum.domain.testing.ForumGenerators;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Generated compliant years, some with forums next to daylight-saving changes, read back by biweekly. */
class FeedProperties {
  @Test
  void everyGeneratedYearReadsBackIdenticallyAndFoldsWithin75Octets() {
    qt().withExamples(40).forAll(ForumGenerators.compliantYears()).checkAssert(year -> {
      FeedReadBackTest.assertReadsBack(year);
      byte[] feed = Feeds.publish(year, Feeds.settings());
      Arrays.stream(Feeds.text(feed).split("\r\n"))
          .filter(line -> line.getBytes(StandardCharsets.UTF_8).length > 75)
          .findAny()
          .ifPresent(line -> {
            throw new AssertionError("longer than 75 octets: " + line);
          });
      Feeds.biweekly(feed);
    });
  }
}
