package fi.hyvinvointialue.forum.domain;

/** In what capacity someone takes part (TL-2.1, TL-3.8). */
public enum ParticipantRole {
  SERVICE_PROVIDER,
  ENTREPRENEUR,
  OFFICIAL,
  ELECTED_OFFICIAL,
  /** A municipality's vitality or business-advice staff, say (TL-3.8). */
  INVITEE
}
