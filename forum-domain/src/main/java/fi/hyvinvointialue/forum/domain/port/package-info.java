/**
 * The ports: {@link fi.hyvinvointialue.forum.domain.port.ForumYears} for storage,
 * {@link fi.hyvinvointialue.forum.domain.port.CalendarPublishing} and
 * {@link fi.hyvinvointialue.forum.domain.port.DecisionCalendarReading} for calendars, and
 * {@link fi.hyvinvointialue.forum.domain.port.CalendarFeeds} for where published feeds go.
 */
package fi.hyvinvointialue.forum.domain.port;
