package fi.hyvinvointialue.forum.domain;

/** Who may come (TL-3.7): the open forum is open to every provider operating in the region. */
public enum Access {
  OPEN_TO_REGIONAL_PROVIDERS,
  BY_INVITATION
}
