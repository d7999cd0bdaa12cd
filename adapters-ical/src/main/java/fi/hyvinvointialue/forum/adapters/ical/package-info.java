/** The calendar port as iCalendar (RFC 5545) feeds and decision-calendar imports, with ical4j. */
package fi.hyvinvointialue.forum.adapters.ical;
