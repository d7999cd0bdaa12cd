package fi.hyvinvointialue.forum.domain;

/** Whom a working-group member represents (TL-3.4). */
public enum MemberRole {
  PROVIDER_REPRESENTATIVE,
  COUNTY,
  ENTREPRENEUR_ORGANISATION,
  OTHER
}
