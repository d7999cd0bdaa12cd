package fi.hyvinvointialue.forum.domain.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.ImmutableForumYear;
import fi.hyvinvointialue.forum.domain.port.FeedSettings;
import fi.hyvinvointialue.forum.domain.port.ImmutableFeedSettings;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextCalendarPublishingTest {
  private final TextCalendarPublishing publishing = new TextCalendarPublishing();
  private final FeedSettings settings = ImmutableFeedSettings.builder().publishing(SampleYears.publishing()).build();

  @Test
  void listsEveryEventInStartOrderWithItsStatusAndSequence() {
    ForumYear year = SampleYears.keskiSuomi(2026);
    ForumYear shuffled = ImmutableForumYear.copyOf(year).withEvents(year.events().reverse());

    String feed = new String(publishing.publish(shuffled, SampleYears.profile(), settings), StandardCharsets.UTF_8);

    ImmutableList<String> lines = ImmutableList.copyOf(feed.split("\n"));
    assertEquals("calendar keski-suomi/2026 by foorumi-esimerkki@hyvaks.fi", lines.get(0));
    assertEquals(
        "foorumi-2026-1 | HELD | 2026-03-11T13:00 | 2026-03-11T15:30 | sequence 0 | Palveluntuottajafoorumi 2026-03-11",
        lines.get(1));
    assertEquals(
        ImmutableList.of("foorumi-2026-1", "foorumi-2026-2", "foorumi-2026-3", "kohdennettu-2026-kotihoito", "foorumi-2026-4"),
        lines.subList(1, lines.size()).stream().map(line -> line.split(" \\| ")[0]).collect(ImmutableList.toImmutableList()));
    assertArrayEquals(publishing.publish(year, SampleYears.profile(), settings),
        publishing.publish(shuffled, SampleYears.profile(), settings));
  }
}
