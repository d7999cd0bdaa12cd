package fi.hyvinvointialue.forum.rules;

/** The overall result of a check. */
public enum Verdict {
  COMPLIANT,
  COMPLIANT_WITH_WARNINGS,
  NOT_COMPLIANT
}
