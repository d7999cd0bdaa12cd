package fi.hyvinvointialue.forum.cli;

import fi.hyvinvointialue.forum.adapters.ical.ICalendarAdapter;
import fi.hyvinvointialue.forum.domain.Decision;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.profile.PolicyProfile;
import fi.hyvinvointialue.forum.planning.AnnualClockPlanner;
import fi.hyvinvointialue.forum.planning.ImmutablePlanningRequest;
import fi.hyvinvointialue.forum.planning.PlanningResult;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/** A year planned from a decision calendar (.ics), as {@code plan} and {@code demo} plan it. */
final class YearPlanner {
  private final ICalendarAdapter calendar = new ICalendarAdapter();
  private final AnnualClockPlanner planner = new AnnualClockPlanner();

  /** Plans the year from the calendar, carrying over the base year's standing records if there is one. */
  PlanningResult plan(String source, InputStream decisionCalendar, int year, PolicyProfile profile, Optional<ForumYear> base) {
    List<Decision> decisions = calendar.read(source, decisionCalendar, year);
    ImmutablePlanningRequest.Builder request = ImmutablePlanningRequest.builder().year(year).profile(profile).addAllDecisions(decisions);
    base.ifPresent(request::base);
    return planner.plan(request.build());
  }
}
