package fi.hyvinvointialue.forum.rules.core;

import com.google.common.collect.ImmutableMap;

/** Builds a rule's findings with its ids filled in. */
public final class Findings {
  private Findings() {}

  public static Finding of(Rule rule, Severity severity, Subject subject, ImmutableMap<String, String> facts) {
    return of(rule, rule.id(), severity, subject, facts);
  }

  /** A finding whose message is a variant of the rule's, keyed {@code rule-id.variant}. */
  public static Finding of(Rule rule, String messageKey, Severity severity, Subject subject, ImmutableMap<String, String> facts) {
    return ImmutableFinding.builder()
        .clauseId(rule.clauseId())
        .ruleId(rule.id())
        .messageKey(messageKey)
        .severity(severity)
        .subject(subject)
        .putAllFacts(facts)
        .build();
  }
}
