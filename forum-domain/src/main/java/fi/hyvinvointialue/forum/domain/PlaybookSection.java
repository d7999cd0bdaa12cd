package fi.hyvinvointialue.forum.domain;

/** The sections KE-3 asks of the partnership playbook. */
public enum PlaybookSection {
  WAYS_OF_WORKING,
  RULES_OF_PLAY,
  GOALS,
  /** Contracts account for providers' real costs. */
  REAL_COSTS,
  /** ... and differences between collective agreements (TES). */
  COLLECTIVE_AGREEMENT_DIFFERENCES
}
