package fi.hyvinvointialue.forum.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.Multimaps;
import fi.hyvinvointialue.forum.domain.ForumStyle;
import fi.hyvinvointialue.forum.rules.core.Finding;
import fi.hyvinvointialue.forum.rules.core.Severity;
import org.immutables.value.Value;

/** Every finding of one check, in the policy's clause order. */
@Value.Immutable
@ForumStyle
public interface CheckResult {
  ImmutableList<Finding> findings();

  default Verdict verdict() {
    if (findings().stream().anyMatch(finding -> finding.severity() == Severity.VIOLATION)) {
      return Verdict.NOT_COMPLIANT;
    }
    if (findings().stream().anyMatch(finding -> finding.severity() == Severity.WARNING)) {
      return Verdict.COMPLIANT_WITH_WARNINGS;
    }
    return Verdict.COMPLIANT;
  }

  default ImmutableListMultimap<String, Finding> byClause() {
    return Multimaps.index(findings(), Finding::clauseId);
  }

  default ImmutableList<Finding> withSeverity(Severity severity) {
    return findings().stream().filter(finding -> finding.severity() == severity).collect(ImmutableList.toImmutableList());
  }
}
