/**
 * The calendar port as iCalendar, with ical4j: {@link fi.hyvinvointialue.forum.adapters.ical.ICalendarAdapter}
 * is the entry, everything else is its helpers. ical4j builds and escapes every line; the helpers fold
 * lines by UTF-8 octets, which ical4j does by characters.
 */
package fi.hyvinvointialue.forum.adapters.ical;
