/**
 * The forum's model: one county's {@link fi.hyvinvointialue.forum.domain.ForumYear} of events, annual
 * clock, working group, communication plan and partnership documents, as immutable values.
 *
 * <p>Values keep themselves consistent (an end after its start, no duplicate ids); whether they are
 * allowed by the policy is for {@code forum-rules} to say.
 */
@ForumStyle
package fi.hyvinvointialue.forum.domain;
