package fi.hyvinvointialue.forum.rules.core;

import fi.hyvinvointialue.forum.domain.ForumStyle;
import org.immutables.value.Value;

/** One clause of the policy as reports show it: shared/policy/clauses.tsv, CLAUSES.md's Finnish summary and its Swedish translation. */
@Value.Immutable
@ForumStyle
public interface Clause {
  /** E.g. {@code TL-4.1}. */
  String id();

  /** The source document's file name under shared/policy. */
  String source();

  ClauseKind kind();

  /** The clause in short, in English. */
  String english();

  /** The clause in short, in Finnish, as the source says it. */
  String finnish();

  /** The clause in short, in Swedish: the library's own translation of the Finnish, not an official text. */
  String swedish();

  /** TL: the policy in force; KE: the partnership proposal, binding only where a profile adopts it. */
  default boolean isProposal() {
    return id().startsWith("KE-");
  }
}
