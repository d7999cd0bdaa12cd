package fi.hyvinvointialue.forum.archfixture.pages;

import fi.hyvinvointialue.forum.archfixture.domain.profile.PolicyProfile;
import java.time.LocalDate;

/** A page that computes a deadline from the profile's period instead of asking the calendar. */
public final class PageThatCountsDays {
  private PageThatCountsDays() {}

  public static LocalDate materialsDue(PolicyProfile profile, LocalDate forumDay) {
    return forumDay.minusDays(profile.publicationLeadDays());
  }
}
