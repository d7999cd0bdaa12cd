package fi.hyvinvointialue.forum.archfixture.pages;

import fi.hyvinvointialue.forum.archfixture.domain.profile.PolicyProfile;
import java.time.LocalDate;
import java.util.function.ToIntFunction;

/** A page that computes deadlines from the profile's period instead of asking the calendar: by a call, and by a method reference. */
public final class PageThatCountsDays {
  private PageThatCountsDays() {}

  public static LocalDate materialsDue(PolicyProfile profile, LocalDate forumDay) {
    return forumDay.minusDays(profile.publicationLeadDays());
  }

  public static ToIntFunction<PolicyProfile> lead() {
    return PolicyProfile::publicationLeadDays;
  }
}
