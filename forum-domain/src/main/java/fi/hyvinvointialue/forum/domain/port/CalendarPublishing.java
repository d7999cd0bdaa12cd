package fi.hyvinvointialue.forum.domain.port;

import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.profile.PolicyProfile;

/**
 * The calendar port, publishing side: a year as a subscribable calendar feed.
 *
 * <p>The same year and settings give the same bytes: nothing in a feed comes from the clock.
 */
public interface CalendarPublishing {
  byte[] publish(ForumYear year, PolicyProfile profile, FeedSettings settings);
}
