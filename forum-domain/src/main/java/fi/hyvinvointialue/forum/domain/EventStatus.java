package fi.hyvinvointialue.forum.domain;

/** Where an event stands: planned events are checked as plans, held ones as records. */
public enum EventStatus {
  PLANNED,
  HELD,
  CANCELLED
}
