// Reads iCalendar feeds with Mozilla's ical.js, as Thunderbird does: each file must parse, its time zones
// must register, and every VEVENT must have the UID, DTSTAMP, DTSTART, SEQUENCE and ORGANIZER that a
// published event (RFC 5546, METHOD:PUBLISH) needs, with a start ical.js can place in time.
// Usage: node check-feeds.mjs FILE...; prints one line per problem and a summary, exits 1 on any problem.
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';

let events = 0;
const problems = [];
for (const file of process.argv.slice(2)) {
  let calendar;
  try {
    calendar = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')));
  } catch (error) {
    problems.push(`${file}: does not parse: ${error.message}`);
    continue;
  }
  if (calendar.getFirstPropertyValue('method') !== 'PUBLISH') {
    problems.push(`${file}: METHOD is not PUBLISH`);
  }
  for (const zone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(zone);
  }
  for (const vevent of calendar.getAllSubcomponents('vevent')) {
    events++;
    const uid = vevent.getFirstPropertyValue('uid');
    for (const name of ['uid', 'dtstamp', 'dtstart', 'sequence', 'organizer']) {
      if (!vevent.hasProperty(name)) {
        problems.push(`${file}: VEVENT ${uid}: no ${name.toUpperCase()}`);
      }
    }
    const start = new ICAL.Event(vevent).startDate;
    if (!start || Number.isNaN(start.toUnixTime())) {
      problems.push(`${file}: VEVENT ${uid}: its start cannot be placed in time`);
    } else if (!start.isDate && start.zone && start.zone.tzid !== 'UTC' && !ICAL.TimezoneService.has(start.zone.tzid)) {
      problems.push(`${file}: VEVENT ${uid}: unknown time zone ${start.zone.tzid}`);
    }
  }
}
problems.forEach((problem) => console.log(problem));
console.log(`${process.argv.length - 2} feeds, ${events} VEVENT, ${problems.length} problems`);
process.exit(problems.length === 0 ? 0 : 1);
