package fi.hyvinvointialue.forum.rules.core;

import com.google.common.collect.ImmutableList;

/**
 * One small, pure check of one concern of one clause. A rule never throws on a bad plan and never
 * reads the clock: everything it looks at is in the {@link CheckContext}.
 */
public interface Rule {
  /** Stable id, also the message key of its findings, e.g. {@code materials-published-a-week-ahead}. */
  String id();

  /** The clause it checks, e.g. {@code TL-4.1}. */
  String clauseId();

  ImmutableList<Finding> check(CheckContext context);
}
