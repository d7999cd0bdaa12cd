package fi.hyvinvointialue.forum.planning;

/** A part of a plan the planner filled with placeholders marked {@value ForumTemplate#TO_BE_CONFIRMED}. */
public enum SketchedRecord {
  /** Venue, remote link, chair and secretary: the request gave no {@link ForumTemplate}. */
  FORUM_DETAILS,
  /** The working group: the request's base year had none whose term reaches into the year. */
  WORKING_GROUP
}
