/**
 * The driving side: {@link fi.hyvinvointialue.forum.secretariat.Secretariat} runs the operations a
 * county's secretariat performs on a forum year, each one unit of work that keeps the record
 * consistent, refuses what the policy rules out outright, stores through the storage port and
 * republishes the calendar.
 */
@ForumStyle
package fi.hyvinvointialue.forum.secretariat;

import fi.hyvinvointialue.forum.domain.ForumStyle;
