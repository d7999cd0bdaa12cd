package fi.hyvinvointialue.forum.cli;

import fi.hyvinvointialue.forum.adapters.ical.ICalendarAdapter;
import fi.hyvinvointialue.forum.domain.Decision;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.profile.PolicyProfile;
import fi.hyvinvointialue.forum.planning.AnnualClockPlanner;
import fi.hyvinvointialue.forum.planning.ImmutablePlanningRequest;
import fi.hyvinvointialue.forum.planning.PlanningResult;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A year planned from a decision calendar (.ics), as {@code plan} and {@code demo} plan it. */
final class YearPlanner {
  private final ICalendarAdapter calendar = new ICalendarAdapter();
  private final AnnualClockPlanner planner = new AnnualClockPlanner();

  /**
   * Plans the year from the calendar with the settings, carrying over the base year's standing
   * records if there is one, or re-planning the base (the year's own plan) from a day; a setting the
   * planner cannot use is an {@link IllegalArgumentException}.
   */
  PlanningResult plan(String source, InputStream decisionCalendar, int year, PolicyProfile profile, Optional<ForumYear> base,
      Optional<LocalDate> replanFrom, PlanSettings settings) {
    List<Decision> decisions = calendar.read(source, decisionCalendar, year);
    ImmutablePlanningRequest.Builder request = ImmutablePlanningRequest.builder().replanFrom(replanFrom);
    base.ifPresent(request::base);
    return planner.plan(settings.request(year, profile, decisions, request));
  }
}
