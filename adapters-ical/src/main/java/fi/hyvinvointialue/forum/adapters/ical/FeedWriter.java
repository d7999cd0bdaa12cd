package fi.hyvinvointialue.forum.adapters.ical;

import fi.hyvinvointialue.forum.domain.AgendaItem;
import fi.hyvinvointialue.forum.domain.Announcement;
import fi.hyvinvointialue.forum.domain.Channel;
import fi.hyvinvointialue.forum.domain.CountyPublishing;
import fi.hyvinvointialue.forum.domain.EventStatus;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.HelsinkiTime;
import fi.hyvinvointialue.forum.domain.Person;
import fi.hyvinvointialue.forum.domain.Publication;
import fi.hyvinvointialue.forum.domain.RemoteConnection;
import fi.hyvinvointialue.forum.domain.Venue;
import fi.hyvinvointialue.forum.domain.history.EventStamps;
import fi.hyvinvointialue.forum.domain.port.DerivedEntry;
import fi.hyvinvointialue.forum.domain.port.FeedSettings;
import fi.hyvinvointialue.forum.domain.profile.Deadline;
import fi.hyvinvointialue.forum.domain.profile.PolicyCalendar;
import fi.hyvinvointialue.forum.domain.profile.PolicyProfile;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.Feature;
import net.fortuna.ical4j.model.parameter.Label;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Conference;
import net.fortuna.ical4j.model.property.Created;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.RelatedTo;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * One year's feed, built as ical4j objects from the record alone (no clock) and serialized
 * unfolded, then folded by octets. Components are collected in a list first: adding them to a
 * calendar one by one is quadratic in ical4j.
 */
final class FeedWriter {
  private final ForumYear year;
  private final PolicyCalendar policyCalendar;
  private final FeedSettings settings;
  private final FeedLabels labels;
  private final String countyName;
  private final Duration refreshInterval;

  private FeedWriter(ForumYear year, PolicyProfile profile, FeedSettings settings) {
    if (!settings.publishing().countyId().equals(year.countyId())) {
      throw new IllegalArgumentException("feedSettings.publishing is for the county '" + settings.publishing().countyId()
          + "', the year is of '" + year.countyId() + "'");
    }
    this.refreshInterval = settings.refreshInterval().truncatedTo(ChronoUnit.SECONDS);
    if (refreshInterval.isNegative() || refreshInterval.isZero()) {
      throw new IllegalArgumentException(
          "feedSettings.refreshInterval must be at least a second, was " + settings.refreshInterval());
    }
    this.year = year;
    this.policyCalendar = PolicyCalendar.of(profile);
    this.settings = settings;
    this.labels = new FeedLabels(settings.language());
    this.countyName = profile.county().name().in(settings.language());
  }

  static byte[] write(ForumYear year, PolicyProfile profile, FeedSettings settings) {
    return ContentLines.fold(new FeedWriter(year, profile, settings).calendar().toString());
  }

  /**
   * The secretary's deadlines not done by {@code asOf} (Helsinki time), each an all-day entry on its day
   * (clients ignore VTODO in subscriptions).
   */
  static byte[] writeDeadlines(ForumYear year, PolicyProfile profile, FeedSettings settings, LocalDateTime asOf) {
    return ContentLines.fold(new FeedWriter(year, profile, settings).deadlineCalendar(asOf).toString());
  }

  private Calendar deadlineCalendar(LocalDateTime asOf) {
    List<CalendarComponent> components = new ArrayList<>();
    year.events().stream()
        .sorted(Comparator.comparing(ForumEvent::start).thenComparing(ForumEvent::id))
        .forEach(event -> policyCalendar.deadlines(event, asOf).stream()
            .filter(deadline -> !deadline.done())
            .forEach(deadline -> components.add(deadline(event, deadline))));
    return new Calendar(calendarProperties(labels.deadlineCalendarName(countyName, year.year())), new ComponentList<>(components));
  }

  private VEvent deadline(ForumEvent event, Deadline deadline) {
    String key = deadline.kind().name().toLowerCase(Locale.ROOT).replace('_', '-')
        + deadline.about().map(about -> "-" + about.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-")).orElse("");
    List<Property> properties = stamped(event, uid(event) + "#due-" + key);
    properties.add(new DtStart<LocalDate>(deadline.due()));
    properties.add(new DtEnd<LocalDate>(deadline.due().plusDays(1)));
    properties.add(new Summary(FeedText.text(deadline.kind().title().in(settings.language())
        + labels.about(deadline).map(about -> " (" + about + ")").orElse("") + ": " + event.title())));
    properties.add(ImmutableTransp.TRANSPARENT);
    properties.add(new RelatedTo(uid(event)));
    properties.add(organizer());
    return new VEvent(new PropertyList(properties));
  }

  private Calendar calendar() {
    List<CalendarComponent> components = new ArrayList<>();
    components.add(HelsinkiTimeZone.component());
    year.events().stream()
        .sorted(Comparator.comparing(ForumEvent::start).thenComparing(ForumEvent::id))
        .forEach(event -> {
          components.add(event(event));
          for (DerivedEntry entry : DerivedEntry.values()) {
            if (settings.derivedEntries().contains(entry)) {
              DerivedDates.of(entry, event, policyCalendar).ifPresent(span -> components.add(derived(event, entry, span)));
            }
          }
        });
    return new Calendar(calendarProperties(), new ComponentList<>(components));
  }

  private PropertyList calendarProperties() {
    return calendarProperties(labels.calendarName(countyName, year.year()));
  }

  private PropertyList calendarProperties(String calendarName) {
    String name = FeedText.text(calendarName);
    return new PropertyList(List.of(
        new ProdId("-//forum-policy//Service provider forum calendar//" + labels.language().toUpperCase(Locale.ROOT)),
        ImmutableVersion.VERSION_2_0,
        ImmutableCalScale.GREGORIAN,
        ImmutableMethod.PUBLISH,
        new Name(name),
        new XProperty("X-WR-CALNAME", name),
        new XProperty("X-WR-TIMEZONE", HelsinkiTimeZone.TZID),
        new RefreshInterval(new ParameterList(List.of(Value.DURATION)), refreshInterval),
        new XProperty("X-PUBLISHED-TTL", refreshInterval.toString())));
  }

  private VEvent event(ForumEvent event) {
    List<Property> properties = stamped(event, uid(event));
    properties.add(new DtStart<LocalDateTime>(helsinkiZone(), seconds(event.start())));
    properties.add(new DtEnd<LocalDateTime>(helsinkiZone(), seconds(event.end())));
    properties.add(new Summary(FeedText.text(event.title())));
    String description = description(event);
    if (!description.isEmpty()) {
      properties.add(new Description(FeedText.text(description)));
    }
    location(event).ifPresent(location -> properties.add(new Location(FeedText.text(location))));
    confirmedRemoteConnection(event).ifPresent(remote -> properties.add(conference(remote)));
    url(event).ifPresent(url -> properties.add(new Url(url)));
    properties.add(category(event));
    properties.add(organizer());
    return new VEvent(new PropertyList(properties));
  }

  private VEvent derived(ForumEvent event, DerivedEntry entry, DerivedDates.Span span) {
    List<Property> properties =
        stamped(event, uid(event) + "#" + entry.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    properties.add(new DtStart<LocalDate>(span.first()));
    properties.add(new DtEnd<LocalDate>(span.endExclusive()));
    properties.add(new Summary(FeedText.text(labels.derived(entry, event.title()))));
    properties.add(ImmutableTransp.TRANSPARENT);
    properties.add(new RelatedTo(uid(event)));
    properties.add(category(event));
    properties.add(organizer());
    return new VEvent(new PropertyList(properties));
  }

  /** The county's forum contact, which RFC 5546 requires of every published event. */
  private Organizer organizer() {
    CountyPublishing publishing = settings.publishing();
    return new Organizer(new ParameterList(List.of(new Cn(FeedText.parameter(publishing.organiserName())))),
        publishing.organiserAddress());
  }

  /**
   * UID, DTSTAMP, CREATED, LAST-MODIFIED, SEQUENCE and STATUS, shared by an event and its derived
   * entries. DTSTAMP is LAST-MODIFIED rather than the time of publishing, and a record without stamps
   * gets the start of its year: the same plan gives the same bytes.
   */
  private List<Property> stamped(ForumEvent event, String uid) {
    Instant yearStart = LocalDate.of(year.year(), 1, 1).atStartOfDay(HelsinkiTime.ZONE).toInstant();
    Instant created = event.created().orElse(yearStart).truncatedTo(ChronoUnit.SECONDS);
    Instant modified = event.lastModified().map(at -> at.truncatedTo(ChronoUnit.SECONDS)).orElse(created);
    return new ArrayList<>(List.of(
        new Uid(uid),
        new DtStamp(modified),
        new Created(created),
        new LastModified(modified),
        new Sequence(event.sequence()),
        event.status() == EventStatus.CANCELLED ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED));
  }

  private Categories category(ForumEvent event) {
    return new Categories(new TextList(List.of(FeedText.text(labels.kind(event.kind())))));
  }

  /** The record's UID, or for a plan never stored the one its first save will give it: storing changes nothing. */
  private String uid(ForumEvent event) {
    return FeedText.parameter(event.uid().orElseGet(() -> EventStamps.uid(year.key(), event.id())));
  }

  private static ParameterList helsinkiZone() {
    return new ParameterList(List.of(new TzId(HelsinkiTimeZone.TZID)));
  }

  private static LocalDateTime seconds(LocalDateTime time) {
    return time.truncatedTo(ChronoUnit.SECONDS);
  }

  /** Agenda (with presenters the plan marks public, no one else), material links and the remote link. */
  private String description(ForumEvent event) {
    List<String> sections = new ArrayList<>();
    if (!event.agenda().isEmpty()) {
      sections.add(labels.agenda() + ":\n"
          + event.agenda().stream().map(FeedWriter::agendaLine).collect(Collectors.joining("\n")));
    }
    List<String> materials = event.publications().stream()
        .filter(publication -> publication.uri().isPresent())
        .map(this::materialLine)
        .distinct()
        .toList();
    if (!materials.isEmpty()) {
      sections.add(labels.materials() + ":\n" + String.join("\n", materials));
    }
    List<String> links = new ArrayList<>();
    confirmedRemoteConnection(event).ifPresent(remote -> links.add(remoteLine(remote)));
    event.feedbackWindow().flatMap(window -> window.uri()).ifPresent(uri -> links.add(labels.feedback() + ": " + uri));
    event.recording().flatMap(recording -> recording.uri()).ifPresent(uri -> links.add(labels.recording() + ": " + uri));
    if (!links.isEmpty()) {
      sections.add(String.join("\n", links));
    }
    return String.join("\n\n", sections);
  }

  private static String agendaLine(AgendaItem item) {
    return "- " + item.title()
        + item.presenter().filter(Person::publiclyNamed).map(person -> " (" + person.name() + ")").orElse("");
  }

  private String materialLine(Publication publication) {
    return "- " + labels.material(publication.material()) + ": " + publication.uri().orElseThrow();
  }

  private String remoteLine(RemoteConnection remote) {
    return labels.remoteConnection() + remote.platform().map(platform -> " (" + platform + ")").orElse("") + ": "
        + remote.uri();
  }

  /** The venue, and the remote link for the clients that show only LOCATION; placeholders are no place to go. */
  private static Optional<String> location(ForumEvent event) {
    String venue = event.venue().filter(place -> !place.placeholder()).map(FeedWriter::venue).orElse("");
    String remote = confirmedRemoteConnection(event).map(connection -> connection.uri().toString()).orElse("");
    String location = Stream.of(venue, remote).filter(part -> !part.isEmpty()).collect(Collectors.joining(" / "));
    return location.isEmpty() ? Optional.empty() : Optional.of(location);
  }

  /** The remote link unless it is a placeholder to be confirmed. */
  private static Optional<RemoteConnection> confirmedRemoteConnection(ForumEvent event) {
    return event.remoteConnection().filter(remote -> !remote.placeholder());
  }

  private static String venue(Venue venue) {
    return Stream.concat(Stream.of(venue.name()), Stream.concat(venue.address().stream(), venue.municipality().stream()))
        .collect(Collectors.joining(", "));
  }

  /** FEATURE=VIDEO alone: ical4j quotes a list of features, which turns it into one unknown feature. */
  private static Conference conference(RemoteConnection remote) {
    List<Parameter> parameters = new ArrayList<>(List.of(Value.URI, Feature.VIDEO));
    remote.platform().ifPresent(platform -> parameters.add(new Label(FeedText.parameter(platform))));
    return new Conference(new ParameterList(parameters), remote.uri().toString());
  }

  /** The event's own page where it was announced on the website, otherwise the forum's page. */
  private Optional<URI> url(ForumEvent event) {
    return event.announcements().stream()
        .filter(announcement -> announcement.channel() == Channel.WEBSITE)
        .map(Announcement::uri)
        .flatMap(Optional::stream)
        .findFirst()
        .or(settings::forumPage);
  }
}
