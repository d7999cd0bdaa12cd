package fi.hyvinvointialue.forum.cli;

import fi.hyvinvointialue.forum.adapters.ical.ICalendarAdapter;
import fi.hyvinvointialue.forum.domain.port.DerivedEntry;
import fi.hyvinvointialue.forum.domain.port.FeedSettings;
import fi.hyvinvointialue.forum.domain.port.ImmutableFeedSettings;
import fi.hyvinvointialue.forum.json.Plan;
import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** A plan's year as a subscription feed with every derived deadline, as {@code ical} and {@code demo} publish it. */
final class Feeds {
  private final ICalendarAdapter calendar = new ICalendarAdapter();
  private final Locale language;
  private final Optional<String> uidDomain;
  private final Optional<URI> organiser;

  Feeds(Locale language, Optional<String> uidDomain, Optional<URI> organiser) {
    this.language = language;
    this.uidDomain = uidDomain;
    this.organiser = organiser;
  }

  byte[] feed(Plan plan) {
    return calendar.publish(plan.year(), plan.profile(), settings(plan));
  }

  /** The secretary's to-do calendar of the deadlines not done by {@code asOf}. */
  byte[] deadlines(Plan plan, Instant asOf) {
    return calendar.publishDeadlines(plan.year(), plan.profile(), settings(plan), asOf);
  }

  private FeedSettings settings(Plan plan) {
    ImmutableFeedSettings.Builder settings = ImmutableFeedSettings.builder()
        .language(language)
        .uidDomain(uidDomain.orElse(plan.year().countyId() + ".forum.invalid"))
        .addDerivedEntries(DerivedEntry.values());
    organiser.ifPresent(settings::organiser);
    return settings.build();
  }
}
