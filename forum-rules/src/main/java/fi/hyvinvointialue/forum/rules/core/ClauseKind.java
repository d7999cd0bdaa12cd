package fi.hyvinvointialue.forum.rules.core;

/** How a clause of the policy binds: only normative clauses have rules; TL-1.2 (scope) forbids some. */
public enum ClauseKind {
  CONTEXT,
  SCOPE,
  NORMATIVE
}
