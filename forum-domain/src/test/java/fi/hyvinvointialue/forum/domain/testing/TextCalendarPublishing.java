package fi.hyvinvointialue.forum.domain.testing;

import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.port.CalendarPublishing;
import fi.hyvinvointialue.forum.domain.port.FeedSettings;
import fi.hyvinvointialue.forum.domain.profile.PolicyProfile;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.stream.Collectors;

/**
 * The calendar port as a plain UTF-8 listing, one line per event in start order: a stand-in for
 * the iCalendar adapter where a test only needs to see what a feed would carry.
 */
public final class TextCalendarPublishing implements CalendarPublishing {
  @Override
  public byte[] publish(ForumYear year, PolicyProfile profile, FeedSettings settings) {
    String header = "calendar " + year.countyId() + "/" + year.year() + " by " + settings.publishing().organiserEmail() + "\n";
    String events =
        year.events().stream()
            .sorted(Comparator.comparing(ForumEvent::start).thenComparing(ForumEvent::id))
            .map(TextCalendarPublishing::line)
            .collect(Collectors.joining());
    return (header + events).getBytes(StandardCharsets.UTF_8);
  }

  private static String line(ForumEvent event) {
    return String.join(
            " | ",
            event.id(),
            event.status().name(),
            event.start().toString(),
            event.end().toString(),
            "sequence " + event.sequence(),
            event.title())
        + "\n";
  }
}
