package fi.hyvinvointialue.forum.cli;

import fi.hyvinvointialue.forum.adapters.ical.ICalendarAdapter;
import fi.hyvinvointialue.forum.domain.CountyPublishing;
import fi.hyvinvointialue.forum.domain.port.DerivedEntry;
import fi.hyvinvointialue.forum.domain.port.FeedSettings;
import fi.hyvinvointialue.forum.domain.port.ImmutableFeedSettings;
import fi.hyvinvointialue.forum.json.Plan;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Function;

/** A plan's year as a subscription feed with every derived deadline, as {@code ical} and {@code demo} publish it. */
final class Feeds {
  private final ICalendarAdapter calendar = new ICalendarAdapter();
  private final Locale language;
  private final Function<String, CountyPublishing> publishing;

  /** Feeds in {@code language}, each organised by its county as {@code publishing} gives it by county id. */
  Feeds(Locale language, Function<String, CountyPublishing> publishing) {
    this.language = language;
    this.publishing = publishing;
  }

  byte[] feed(Plan plan) {
    return calendar.publish(plan.year(), plan.profile(), settings(plan));
  }

  /** The secretary's to-do calendar of the deadlines not done by {@code asOf}. */
  byte[] deadlines(Plan plan, Instant asOf) {
    return calendar.publishDeadlines(plan.year(), plan.profile(), settings(plan), asOf);
  }

  private FeedSettings settings(Plan plan) {
    return ImmutableFeedSettings.builder()
        .language(language)
        .publishing(publishing.apply(plan.year().countyId()))
        .addDerivedEntries(DerivedEntry.values())
        .build();
  }
}
