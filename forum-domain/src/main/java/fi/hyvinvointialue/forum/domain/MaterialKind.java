package fi.hyvinvointialue.forum.domain;

/** What is published ahead of an event (TL-4.1). */
public enum MaterialKind {
  CONTENT,
  AGENDA,
  BACKGROUND_MATERIAL
}
