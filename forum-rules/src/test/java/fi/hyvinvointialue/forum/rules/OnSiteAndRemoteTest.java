package fi.hyvinvointialue.forum.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.ImmutableForumEvent;
import fi.hyvinvointialue.forum.domain.ImmutableRemoteConnection;
import fi.hyvinvointialue.forum.domain.ImmutableVenue;
import fi.hyvinvointialue.forum.domain.testing.SampleYears;
import fi.hyvinvointialue.forum.rules.core.Finding;
import fi.hyvinvointialue.forum.rules.core.Rule;
import fi.hyvinvointialue.forum.rules.core.Severity;
import fi.hyvinvointialue.forum.rules.tl4.OnSiteAndRemote;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class OnSiteAndRemoteTest {
  private final Rule rule = new OnSiteAndRemote();
  private final ForumYear year = SampleYears.keskiSuomi(2026);

  private ImmutableList<Finding> withFirstForum(UnaryOperator<ImmutableForumEvent> change) {
    return Plans.check(rule, Plans.withEarliestForum(year, event -> change.apply(ImmutableForumEvent.copyOf(event))),
        SampleYears.profile());
  }

  private static ImmutableForumEvent placeholderVenue(ImmutableForumEvent event) {
    return event.withVenue(ImmutableVenue.copyOf(event.venue().orElseThrow()).withPlaceholder(true));
  }

  private static ImmutableForumEvent placeholderRemote(ImmutableForumEvent event) {
    return event.withRemoteConnection(ImmutableRemoteConnection.copyOf(event.remoteConnection().orElseThrow()).withPlaceholder(true));
  }

  @Test
  void aConfirmedVenueAndLinkGiveNoFinding() {
    assertEquals(ImmutableList.of(), withFirstForum(event -> event));
  }

  @Test
  void aPlaceholderIsANoticeOncePerEventToBeConfirmed() {
    ForumEvent first = Plans.earliestForum(year);
    Finding venue = withFirstForum(OnSiteAndRemoteTest::placeholderVenue).get(0);
    assertEquals(Severity.NOTICE, venue.severity());
    assertEquals("on-site-and-remote.venue-to-be-confirmed", venue.messageKey());
    assertEquals(first.id(), venue.subject().id());
    assertEquals("on-site-and-remote.remote-to-be-confirmed",
        withFirstForum(OnSiteAndRemoteTest::placeholderRemote).get(0).messageKey());

    ImmutableList<Finding> both = withFirstForum(event -> placeholderRemote(placeholderVenue(event)));
    assertEquals(1, both.size());
    assertEquals("The venue and the remote connection of the forum of " + first.start().toLocalDate()
        + " are to be confirmed: the plan has only placeholders, which the feed does not publish.", both.get(0).message(Locale.ENGLISH));
  }
}
