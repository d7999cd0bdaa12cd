package fi.hyvinvointialue.forum.rules;

import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.profile.PolicyProfile;
import fi.hyvinvointialue.forum.rules.core.Severity;
import java.util.function.UnaryOperator;

/**
 * One single fault put into a compliant plan, and the one finding it must cause: its clause, message key
 * and severity. {@code generic} faults apply to any compliant year (so the property tests use them);
 * the others need the shape of {@code SampleYears.keskiSuomi}.
 */
record Fault(
    String name,
    String clauseId,
    String messageKey,
    Severity severity,
    boolean generic,
    UnaryOperator<ForumYear> plan,
    UnaryOperator<PolicyProfile> profile) {

  ForumYear apply(ForumYear year) {
    return plan.apply(year);
  }

  PolicyProfile apply(PolicyProfile base) {
    return profile.apply(base);
  }

  boolean isProposal() {
    return clauseId.startsWith("KE-");
  }

  @Override
  public String toString() {
    return name + " -> " + clauseId + " " + messageKey;
  }
}
