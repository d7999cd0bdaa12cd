package fi.hyvinvointialue.forum.domain;

/** The county's decision-making bodies. */
public enum BodyKind {
  COUNCIL,
  REGIONAL_BOARD,
  BOARD,
  OFFICIAL
}
