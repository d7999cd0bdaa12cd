package fi.hyvinvointialue.forum.domain;

/** Where something is published or announced (TL-4.1, TL-4.3, TL-5.1). */
public enum Channel {
  WEBSITE,
  NEWSLETTER,
  SOCIAL_MEDIA,
  EMAIL
}
