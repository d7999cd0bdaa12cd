package fi.hyvinvointialue.forum.rules.core;

import com.google.common.collect.ImmutableMap;
import fi.hyvinvointialue.forum.domain.ForumEvent;

/** A rule with its stable id and clause fixed at construction, and the finding builders every rule uses. */
public abstract class NamedRule implements Rule {
  private final String id;
  private final String clauseId;

  protected NamedRule(String id, String clauseId) {
    this.id = id;
    this.clauseId = clauseId;
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final String clauseId() {
    return clauseId;
  }

  protected final Finding finding(Severity severity, Subject subject, ImmutableMap<String, String> facts) {
    return Findings.of(this, severity, subject, facts);
  }

  /** A finding whose message is the variant {@code rule-id.variant}. */
  protected final Finding finding(String variant, Severity severity, Subject subject, ImmutableMap<String, String> facts) {
    return Findings.of(this, id + "." + variant, severity, subject, facts);
  }

  /** A finding about an event whose one fact is the event's start day. */
  protected final Finding dayFinding(String variant, Severity severity, Subject subject, ForumEvent event) {
    return finding(variant, severity, subject, ImmutableMap.of("start", Events.day(event)));
  }

  @Override
  public String toString() {
    return clauseId + " " + id;
  }
}
