package fi.hyvinvointialue.forum.planning;

/**
 * Plans a forum year: given the decisions the forum should feed, proposes the year's open forums
 * so that every deadline of the policy fits and each forum's memo reaches the deciding body in
 * time, or explains which constraints collide and by how much. Pure: no clock, no randomness, and
 * the same request gives the same plan.
 */
public final class AnnualClockPlanner {
  public PlanningResult plan(PlanningRequest request) {
    return new PlanningRun(request).plan();
  }
}
