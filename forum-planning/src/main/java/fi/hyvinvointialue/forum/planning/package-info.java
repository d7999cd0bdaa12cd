/**
 * The annual clock planner: from the decisions a forum year should feed, it proposes the year's
 * forums with every deadline of the policy, or explains which constraints collide. Entry point:
 * {@link fi.hyvinvointialue.forum.planning.AnnualClockPlanner#plan(PlanningRequest)}.
 */
package fi.hyvinvointialue.forum.planning;
