package fi.hyvinvointialue.forum.rules.core;

import com.google.common.collect.ImmutableMap;
import fi.hyvinvointialue.forum.domain.ForumStyle;
import java.util.Comparator;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * One way a plan or record departs from the policy: the clause it breaks, the rule that found it,
 * the subject, and the facts the rule computed (dates, counts, limits) in the order it computed them.
 * The message is rendered from those facts in Finnish, Swedish or English.
 */
@Value.Immutable
@ForumStyle
public interface Finding extends Comparable<Finding> {
  Comparator<Finding> ORDER =
      Comparator.comparing(Finding::clauseId, ClauseIds.ORDER)
          .thenComparing(Finding::ruleId)
          .thenComparing(Finding::subject)
          .thenComparing(Finding::messageKey)
          .thenComparing(Finding::severity)
          .thenComparing(finding -> finding.facts().toString());

  /** The clause of shared/policy/clauses.tsv, e.g. {@code TL-4.1}. */
  String clauseId();

  /** The rule's stable id, e.g. {@code materials-published-a-week-ahead}; also its message key. */
  String ruleId();

  Severity severity();

  Subject subject();

  /** What the rule computed, by name; the message's {@code {name}} placeholders are filled from here. */
  ImmutableMap<String, String> facts();

  /** The key of the message in the bundles: the rule id, or the rule id and a variant after a dot. */
  @Value.Default
  default String messageKey() {
    return ruleId();
  }

  /** The message in the language asked for: Finnish, Swedish or English (Finnish for any other). */
  default String message(Locale language) {
    return Messages.render(this, language);
  }

  @Override
  default int compareTo(Finding other) {
    return ORDER.compare(this, other);
  }
}
