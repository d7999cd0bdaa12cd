package fi.hyvinvointialue.forum.rules.core;

/** How much a finding weighs: advisory clauses ("esimerkiksi", "huomioidaan") give warnings. */
public enum Severity {
  /** The plan or record breaks a clause. */
  VIOLATION,
  /** An advisory clause is not met, or a clause is exceeded in a way that may cause harm. */
  WARNING,
  /** Worth knowing, breaks nothing: e.g. a clause that cannot be checked from the data given. */
  NOTICE
}
