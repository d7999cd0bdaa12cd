package fi.hyvinvointialue.forum.domain;

/** The open forum, or an event targeted at one procurement or service voucher (TL-2.5). */
public enum EventKind {
  OPEN_FORUM,
  TARGETED_EVENT
}
