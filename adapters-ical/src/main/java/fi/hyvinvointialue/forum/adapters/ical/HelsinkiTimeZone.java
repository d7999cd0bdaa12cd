package fi.hyvinvointialue.forum.adapters.ical;

import fi.hyvinvointialue.forum.domain.HelsinkiTime;
import java.time.LocalDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.util.List;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.Month;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzName;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import net.fortuna.ical4j.transform.recurrence.Frequency;

/**
 * Europe/Helsinki as a compact VTIMEZONE: today's two yearly rules, which Outlook handles best, read
 * from the JDK's zone rules rather than the full history since 1878 that ical4j bundles.
 */
final class HelsinkiTimeZone {
  static final String TZID = HelsinkiTime.ZONE.getId();

  /** The rules' onset year: before any event a feed carries, and what compact VTIMEZONEs conventionally use. */
  private static final int ONSET_YEAR = 1970;

  private static final VTimeZone COMPONENT = build();

  private HelsinkiTimeZone() {}

  /** A fresh copy, since ical4j components are mutable. */
  static VTimeZone component() {
    return COMPONENT.copy();
  }

  private static VTimeZone build() {
    List<ZoneOffsetTransitionRule> rules = HelsinkiTime.ZONE.getRules().getTransitionRules();
    if (rules.size() != 2) {
      throw new IllegalStateException("expected the JDK to give Europe/Helsinki two yearly rules, got " + rules);
    }
    ComponentList<Observance> observances = new ComponentList<>(rules.stream().map(HelsinkiTimeZone::observance).toList());
    return new VTimeZone(new PropertyList().add(new TzId(TZID)), observances);
  }

  private static Observance observance(ZoneOffsetTransitionRule rule) {
    ZoneOffsetTransition onset = rule.createTransition(ONSET_YEAR);
    PropertyList properties =
        new PropertyList()
            .add(new DtStart<LocalDateTime>(onset.getDateTimeBefore()))
            .add(new RRule<LocalDateTime>(lastWeekdayOfMonthEveryYear(rule)))
            .add(new TzOffsetFrom(onset.getOffsetBefore()))
            .add(new TzOffsetTo(onset.getOffsetAfter()))
            .add(new TzName(onset.isGap() ? "EEST" : "EET"));
    return onset.isGap() ? new Daylight(properties) : new Standard(properties);
  }

  /** EU rules fall on the last given weekday of a month: the weekday on or after the 7th-last day. */
  private static Recur<LocalDateTime> lastWeekdayOfMonthEveryYear(ZoneOffsetTransitionRule rule) {
    if (rule.getDayOfWeek() == null || rule.getDayOfMonthIndicator() != rule.getMonth().maxLength() - 6) {
      throw new IllegalStateException("Europe/Helsinki's rule is no longer 'last weekday of the month': " + rule);
    }
    return new Recur.Builder<LocalDateTime>()
        .frequency(Frequency.YEARLY)
        .monthList(Month.from(rule.getMonth()))
        .dayList(new WeekDay(WeekDay.getWeekDay(rule.getDayOfWeek()), -1))
        .build();
  }
}
