package fi.hyvinvointialue.forum.adapters.ical;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.Decision;
import fi.hyvinvointialue.forum.domain.ImmutableDecision;
import fi.hyvinvointialue.forum.domain.port.CalendarFormatError;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.DateListProperty;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.RDate;
import net.fortuna.ical4j.model.property.RRule;

/**
 * A decision calendar read into the decisions of one year: one per VEVENT, and one per occurrence
 * of a recurring VEVENT, whose ids add the occurrence's date to the UID. Cancelled events and
 * occurrences, and EXDATEs, are left out; an override (RECURRENCE-ID) replaces its occurrence.
 */
final class DecisionCalendarReader {
  /** More occurrences than this in the years read is not a decision calendar. */
  static final int MAX_OCCURRENCES = 1000;

  /** One VEVENT as read, with its place in the file. */
  private record Entry(int index, String uid, Temporal start, Optional<Temporal> recurrenceId, boolean cancelled,
      String title, List<String> categories, VEvent event) {}

  private final String source;
  private final int year;
  private final SourceLines lines;

  private DecisionCalendarReader(String source, int year, SourceLines lines) {
    this.source = source;
    this.year = year;
    this.lines = lines;
  }

  static ImmutableList<Decision> read(String sourceName, InputStream calendar, int year, long maxBytes) {
    SourceLines lines = new SourceLines(CalendarSource.read(sourceName, calendar, maxBytes));
    List<VEvent> events = new ArrayList<>();
    for (SourceLines.CalendarText part : lines.calendars()) {
      events.addAll(parse(sourceName, part).getComponents(Component.VEVENT));
    }
    return new DecisionCalendarReader(sourceName, year, lines).decisions(events);
  }

  /** A builder of its own for every calendar: ical4j's builders are neither reusable nor thread-safe. */
  private static Calendar parse(String sourceName, SourceLines.CalendarText part) {
    try {
      return new CalendarBuilder().build(new StringReader(part.text()));
    } catch (ParserException e) {
      String reason = e.getCause() != null && e.getCause().getMessage() != null
          ? e.getCause().getMessage()
          : e.getMessage().replaceFirst("^Error at line \\d+:", "");
      int line = part.firstLine() - 1 + e.getLineNo();
      throw new CalendarFormatError(sourceName + ": line " + line + ": " + reason, e);
    } catch (IOException | RuntimeException e) {
      throw new CalendarFormatError(sourceName + ": not an iCalendar file: " + e.getMessage(), e);
    }
  }

  private ImmutableList<Decision> decisions(List<VEvent> events) {
    Map<String, List<Entry>> byUid = new LinkedHashMap<>();
    for (int i = 0; i < events.size(); i++) {
      Entry entry = entry(i, events.get(i));
      byUid.computeIfAbsent(entry.uid(), uid -> new ArrayList<>()).add(entry);
    }
    Map<String, Decision> decisions = new LinkedHashMap<>();
    byUid.values().forEach(series -> series(series).forEach(decision -> decisions.put(decision.id(), decision)));
    return decisions.values().stream()
        .filter(decision -> decision.date().getYear() == year)
        .sorted(Comparator.comparing(Decision::date).thenComparing(Decision::id))
        .collect(ImmutableList.toImmutableList());
  }

  /** The decisions of the VEVENTs that share a UID: a single event, or a series with its overrides. */
  private List<Decision> series(List<Entry> entries) {
    List<Entry> masters = entries.stream().filter(entry -> entry.recurrenceId().isEmpty()).toList();
    List<Entry> overrides = entries.stream().filter(entry -> entry.recurrenceId().isPresent()).toList();
    List<Decision> decisions = new ArrayList<>();
    for (Entry master : masters) {
      if (master.cancelled()) {
        return List.of();
      }
      List<Temporal> occurrences = occurrences(master);
      boolean recurs = recurs(master) || masters.size() > 1 || !overrides.isEmpty();
      for (Temporal occurrence : occurrences) {
        if (overrides.stream().noneMatch(override -> Moments.same(override.recurrenceId().orElseThrow(), occurrence))) {
          decisions.add(decision(master, occurrence, occurrence, recurs));
        }
      }
    }
    overrides.stream()
        .filter(override -> !override.cancelled())
        .forEach(override -> decisions.add(decision(override, override.recurrenceId().orElseThrow(), override.start(), true)));
    return decisions;
  }

  private Decision decision(Entry entry, Temporal occurrence, Temporal start, boolean recurs) {
    DecisionGuess.Body body = DecisionGuess.body(entry.categories(), entry.title());
    return ImmutableDecision.builder()
        .id(recurs ? entry.uid() + "/" + Moments.helsinkiDate(occurrence) : entry.uid())
        .title(entry.title())
        .kind(DecisionGuess.kind(entry.categories(), entry.title()))
        .body(body.kind())
        .bodyName(body.name())
        .date(Moments.helsinkiDate(start))
        .build();
  }

  private Entry entry(int index, VEvent event) {
    String uid = event.<Property>getProperty(Property.UID)
        .map(Property::getValue)
        .filter(value -> !value.isBlank())
        .orElseThrow(() -> error(index, Property.UID, "the VEVENT has no UID"));
    Temporal start = date(index, uid, event, Property.DTSTART)
        .orElseThrow(() -> error(index, Property.DTSTART, "the VEVENT " + uid + " has no DTSTART"));
    Optional<Temporal> recurrenceId = date(index, uid, event, Property.RECURRENCE_ID);
    boolean cancelled = event.<Property>getProperty(Property.STATUS)
        .map(status -> status.getValue().strip().equalsIgnoreCase("CANCELLED"))
        .orElse(false);
    List<String> categories = event.<Categories>getProperties(Property.CATEGORIES).stream()
        .flatMap(property -> property.getCategories().getTexts().stream())
        .map(String::strip)
        .filter(category -> !category.isEmpty())
        .toList();
    String title = event.<Property>getProperty(Property.SUMMARY)
        .map(summary -> summary.getValue().strip())
        .filter(summary -> !summary.isEmpty())
        .or(() -> categories.stream().findFirst())
        .orElseThrow(() -> error(index, Property.SUMMARY, "the VEVENT " + uid + " has neither SUMMARY nor CATEGORIES"));
    return new Entry(index, uid, start, recurrenceId, cancelled, title, categories, event);
  }

  private Optional<Temporal> date(int index, String uid, VEvent event, String name) {
    return attempt(index, name, uid, () -> event.<DateProperty<Temporal>>getProperty(name).map(DateProperty::getDate));
  }

  /** DTSTART and its recurrences within a year either side of the year read, less the EXDATEs. */
  private List<Temporal> occurrences(Entry master) {
    if (!recurs(master)) {
      return List.of(master.start());
    }
    List<RRule<Temporal>> rules = master.event().getProperties(Property.RRULE);
    List<RDate<Temporal>> dates = master.event().getProperties(Property.RDATE);
    Temporal from = Moments.startOfDayLike(master.start(), LocalDate.of(year - 1, 1, 1));
    Temporal until = Moments.startOfDayLike(master.start(), LocalDate.of(year + 2, 1, 1));
    List<Temporal> occurrences = new ArrayList<>(List.of(master.start()));
    for (RRule<Temporal> rule : rules) {
      List<Temporal> recurring = attempt(master.index(), Property.RRULE, master.uid(),
          () -> rule.getRecur().getDates(master.start(), from, until, MAX_OCCURRENCES + 1));
      occurrences.addAll(recurring);
    }
    for (RDate<Temporal> date : dates) {
      occurrences.addAll(attempt(master.index(), Property.RDATE, master.uid(), () -> rdates(date)));
    }
    if (occurrences.size() > MAX_OCCURRENCES) {
      throw error(master.index(), Property.RRULE,
          "the VEVENT " + master.uid() + " recurs more than " + MAX_OCCURRENCES + " times in " + (year - 1) + "–" + (year + 1));
    }
    List<Temporal> excluded = master.event().<DateListProperty<Temporal>>getProperties(Property.EXDATE).stream()
        .flatMap(exdate -> attempt(master.index(), Property.EXDATE, master.uid(), exdate::getDates).stream())
        .toList();
    List<Temporal> kept = new ArrayList<>();
    for (Temporal occurrence : occurrences) {
      if (excluded.stream().noneMatch(exdate -> Moments.same(exdate, occurrence))
          && kept.stream().noneMatch(earlier -> Moments.same(earlier, occurrence))) {
        kept.add(occurrence);
      }
    }
    return kept;
  }

  private static boolean recurs(Entry master) {
    return !master.event().getProperties(Property.RRULE).isEmpty() || !master.event().getProperties(Property.RDATE).isEmpty();
  }

  private static List<Temporal> rdates(RDate<Temporal> date) {
    List<Temporal> all = new ArrayList<>(date.getDates());
    date.getPeriods().ifPresent(periods -> periods.stream().map(Period::getStart).forEach(all::add));
    return all;
  }

  /** ical4j reads values when asked: a bad one fails here, and is reported at its line. */
  private <T> T attempt(int index, String property, String uid, Supplier<T> read) {
    try {
      return read.get();
    } catch (RuntimeException e) {
      throw error(index, property, "cannot read " + property + " of the VEVENT " + uid + ": " + e.getMessage(), e);
    }
  }

  private CalendarFormatError error(int index, String property, String message) {
    return error(index, property, message, null);
  }

  private CalendarFormatError error(int index, String property, String message, Throwable cause) {
    OptionalInt line = lines.property(index, property);
    String where = line.isPresent() ? "line " + line.getAsInt() : "VEVENT number " + (index + 1);
    return new CalendarFormatError(source + ": " + where + ": " + message, cause);
  }
}
