package fi.hyvinvointialue.forum.domain;

/** Who a memo goes to (TL-4.8). */
public enum RecipientKind {
  BOARD,
  REGIONAL_BOARD,
  PRESENTER
}
