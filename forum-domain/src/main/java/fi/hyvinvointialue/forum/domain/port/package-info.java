/**
 * The ports: {@link fi.hyvinvointialue.forum.domain.port.ForumYears} for storage, and
 * {@link fi.hyvinvointialue.forum.domain.port.CalendarPublishing} and
 * {@link fi.hyvinvointialue.forum.domain.port.DecisionCalendarReading} for calendars.
 */
package fi.hyvinvointialue.forum.domain.port;
