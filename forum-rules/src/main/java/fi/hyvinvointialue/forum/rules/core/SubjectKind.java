package fi.hyvinvointialue.forum.rules.core;

/** What a finding is about. */
public enum SubjectKind {
  PROFILE,
  YEAR,
  CLOCK,
  EVENT,
  AGENDA_ITEM,
  MEMO,
  WORKING_GROUP,
  COMMUNICATION_PLAN,
  AGREEMENT,
  PLAYBOOK
}
