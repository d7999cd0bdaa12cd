package fi.hyvinvointialue.forum.benchmarks;

import fi.hyvinvointialue.forum.domain.AgendaItem;
import fi.hyvinvointialue.forum.domain.Announcement;
import fi.hyvinvointialue.forum.domain.Channel;
import fi.hyvinvointialue.forum.domain.EventKind;
import fi.hyvinvointialue.forum.domain.EventStatus;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.HelsinkiTime;
import fi.hyvinvointialue.forum.domain.MemoDelivery;
import fi.hyvinvointialue.forum.domain.Publication;
import fi.hyvinvointialue.forum.domain.Recording;
import fi.hyvinvointialue.forum.domain.Venue;
import fi.hyvinvointialue.forum.domain.port.DerivedEntry;
import fi.hyvinvointialue.forum.domain.history.EventStamps;
import fi.hyvinvointialue.forum.domain.port.FeedSettings;
import fi.hyvinvointialue.forum.domain.profile.PolicyCalendar;
import fi.hyvinvointialue.forum.domain.profile.PolicyProfile;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The calendar's floor: the text the iCalendar adapter publishes for a year, written straight into
 * a string builder from the model, with no calendar objects in between. It writes Finnish feeds, the
 * ones measured; {@code CalendarBenchmarkTest} holds it to the adapter's bytes.
 */
final class PlainFeedWriter {
  private static final String CRLF = "\r\n";
  private static final int MAX_OCTETS = 75;
  private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
  private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
  /** Europe/Helsinki's two yearly rules since 1970, as the adapter writes them. */
  private static final String HELSINKI = String.join(CRLF,
      "BEGIN:VTIMEZONE", "TZID:Europe/Helsinki",
      "BEGIN:DAYLIGHT", "DTSTART:19700329T030000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
      "TZOFFSETFROM:+0200", "TZOFFSETTO:+0300", "TZNAME:EEST", "END:DAYLIGHT",
      "BEGIN:STANDARD", "DTSTART:19701025T040000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
      "TZOFFSETFROM:+0300", "TZOFFSETTO:+0200", "TZNAME:EET", "END:STANDARD",
      "END:VTIMEZONE") + CRLF;

  private final ForumYear year;
  private final PolicyProfile profile;
  private final PolicyCalendar policyCalendar;
  private final FeedSettings settings;
  private final StringBuilder out = new StringBuilder(16_384);

  private PlainFeedWriter(ForumYear year, PolicyProfile profile, FeedSettings settings) {
    this.year = year;
    this.profile = profile;
    this.policyCalendar = PolicyCalendar.of(profile);
    this.settings = settings;
  }

  static byte[] write(ForumYear year, PolicyProfile profile, FeedSettings settings) {
    if (!settings.language().getLanguage().equals("fi")) {
      throw new IllegalArgumentException("the plain writer writes Finnish feeds only, not " + settings.language());
    }
    return new PlainFeedWriter(year, profile, settings).calendar().toString().getBytes(StandardCharsets.UTF_8);
  }

  private StringBuilder calendar() {
    String name = text(profile.county().name().in(settings.language()) + ": palveluntuottajafoorumi " + year.year());
    line("BEGIN:VCALENDAR");
    line("PRODID:-//forum-policy//Service provider forum calendar//FI");
    line("VERSION:2.0");
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    line("NAME:" + name);
    line("X-WR-CALNAME:" + name);
    line("X-WR-TIMEZONE:Europe/Helsinki");
    line("REFRESH-INTERVAL;VALUE=DURATION:" + settings.refreshInterval());
    line("X-PUBLISHED-TTL:" + settings.refreshInterval());
    out.append(HELSINKI);
    List<ForumEvent> events = new ArrayList<>(year.events());
    events.sort((first, second) -> {
      int byStart = first.start().compareTo(second.start());
      return byStart != 0 ? byStart : first.id().compareTo(second.id());
    });
    for (ForumEvent event : events) {
      event(event);
      for (DerivedEntry entry : DerivedEntry.values()) {
        if (settings.derivedEntries().contains(entry)) {
          derived(event, entry);
        }
      }
    }
    line("END:VCALENDAR");
    return out;
  }

  private void event(ForumEvent event) {
    stamps(event, uid(event));
    line("DTSTART;TZID=Europe/Helsinki:" + LOCAL.format(event.start()));
    line("DTEND;TZID=Europe/Helsinki:" + LOCAL.format(event.end()));
    line("SUMMARY:" + text(event.title()));
    line("DESCRIPTION:" + text(description(event)));
    String venue = event.venue().map(PlainFeedWriter::venue).orElse("");
    String remote = event.remoteConnection().map(connection -> connection.uri().toString()).orElse("");
    if (!venue.isEmpty() || !remote.isEmpty()) {
      line("LOCATION:" + text(venue.isEmpty() || remote.isEmpty() ? venue + remote : venue + " / " + remote));
    }
    event.remoteConnection().ifPresent(connection -> line("CONFERENCE;VALUE=URI;FEATURE=VIDEO"
        + connection.platform().map(platform -> ";LABEL=" + parameter(platform)).orElse("") + ":" + connection.uri()));
    URI url = null;
    for (Announcement announcement : event.announcements()) {
      if (announcement.channel() == Channel.WEBSITE && announcement.uri().isPresent()) {
        url = announcement.uri().get();
        break;
      }
    }
    if (url == null) {
      url = settings.forumPage().orElse(null);
    }
    if (url != null) {
      line("URL:" + url);
    }
    closing(event);
  }

  private void derived(ForumEvent event, DerivedEntry entry) {
    LocalDate first;
    LocalDate endExclusive;
    String label;
    switch (entry) {
      case MATERIALS_DEADLINE:
        first = policyCalendar.materialsDue(event.start().toLocalDate());
        endExclusive = first.plusDays(1);
        label = "Materiaalit verkkosivuille viimeistään";
        break;
      case FEEDBACK_WINDOW:
        if (event.feedbackWindow().isPresent()) {
          first = event.feedbackWindow().get().opensAt().toLocalDate();
          endExclusive = exclusiveEnd(event.feedbackWindow().get().closesAt());
        } else {
          first = event.end().toLocalDate();
          endExclusive = policyCalendar.feedbackOpenUntil(event.end()).toLocalDate().plusDays(1);
        }
        label = "Palaute avoinna";
        break;
      case RECORDING_AVAILABILITY:
        Recording recording = event.recording().orElse(null);
        if (recording == null || recording.publishedAt().isEmpty()) {
          return;
        }
        first = recording.publishedAt().get().toLocalDate();
        endExclusive = recording.removedAt().isPresent()
            ? exclusiveEnd(recording.removedAt().get())
            : policyCalendar.recordingAvailableUntil(recording.publishedAt().get()).toLocalDate().plusDays(1);
        label = "Tallenne katsottavissa";
        break;
      default:
        if (event.memo().isEmpty() || event.memo().get().deliveries().isEmpty()) {
          return;
        }
        LocalDateTime last = null;
        for (MemoDelivery delivery : event.memo().get().deliveries()) {
          if (last == null || delivery.deliveredAt().isAfter(last)) {
            last = delivery.deliveredAt();
          }
        }
        first = last.toLocalDate();
        endExclusive = first.plusDays(1);
        label = "Muistio toimitetaan";
    }
    stamps(event, uid(event) + "#" + entry.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    line("DTSTART;VALUE=DATE:" + DATE.format(first));
    line("DTEND;VALUE=DATE:" + DATE.format(endExclusive));
    line("SUMMARY:" + text(label + ": " + event.title()));
    line("TRANSP:TRANSPARENT");
    line("RELATED-TO:" + uid(event));
    closing(event);
  }

  private void stamps(ForumEvent event, String uid) {
    Instant yearStart = LocalDate.of(year.year(), 1, 1).atStartOfDay(HelsinkiTime.ZONE).toInstant();
    Instant created = event.created().orElse(yearStart).truncatedTo(ChronoUnit.SECONDS);
    Instant modified = event.lastModified().map(at -> at.truncatedTo(ChronoUnit.SECONDS)).orElse(created);
    line("BEGIN:VEVENT");
    line("UID:" + uid);
    line("DTSTAMP:" + UTC.format(modified));
    line("CREATED:" + UTC.format(created));
    line("LAST-MODIFIED:" + UTC.format(modified));
    line("SEQUENCE:" + event.sequence());
    line(event.status() == EventStatus.CANCELLED ? "STATUS:CANCELLED" : "STATUS:CONFIRMED");
  }

  private void closing(ForumEvent event) {
    line("CATEGORIES:" + text(event.kind() == EventKind.OPEN_FORUM ? "Palveluntuottajafoorumi" : "Kohdennettu tilaisuus"));
    line("ORGANIZER;CN=" + parameter(settings.publishing().organiserName()) + ":" + settings.publishing().organiserAddress());
    line("END:VEVENT");
  }

  private String uid(ForumEvent event) {
    return withoutBreaks(event.uid().orElseGet(() -> EventStamps.uid(year.key(), event.id())));
  }

  private static String description(ForumEvent event) {
    List<String> sections = new ArrayList<>();
    if (!event.agenda().isEmpty()) {
      StringBuilder agenda = new StringBuilder("Esityslista:");
      for (AgendaItem item : event.agenda()) {
        agenda.append("\n- ").append(item.title());
        item.presenter().filter(presenter -> presenter.publiclyNamed())
            .ifPresent(presenter -> agenda.append(" (").append(presenter.name()).append(')'));
      }
      sections.add(agenda.toString());
    }
    Set<String> materials = new LinkedHashSet<>();
    for (Publication publication : event.publications()) {
      publication.uri().ifPresent(uri -> materials.add("- " + material(publication) + ": " + uri));
    }
    if (!materials.isEmpty()) {
      sections.add("Materiaalit:\n" + String.join("\n", materials));
    }
    List<String> links = new ArrayList<>();
    event.remoteConnection().ifPresent(remote -> links.add(
        "Etäyhteys" + remote.platform().map(platform -> " (" + platform + ")").orElse("") + ": " + remote.uri()));
    event.feedbackWindow().flatMap(window -> window.uri()).ifPresent(uri -> links.add("Palaute: " + uri));
    event.recording().flatMap(recording -> recording.uri()).ifPresent(uri -> links.add("Tallenne: " + uri));
    if (!links.isEmpty()) {
      sections.add(String.join("\n", links));
    }
    return String.join("\n\n", sections);
  }

  private static String material(Publication publication) {
    switch (publication.material()) {
      case CONTENT:
        return "Sisältö";
      case AGENDA:
        return "Esityslista";
      default:
        return "Taustamateriaali";
    }
  }

  private static String venue(Venue venue) {
    StringBuilder text = new StringBuilder(venue.name());
    venue.address().ifPresent(address -> text.append(", ").append(address));
    venue.municipality().ifPresent(municipality -> text.append(", ").append(municipality));
    return text.toString();
  }

  private static LocalDate exclusiveEnd(LocalDateTime closes) {
    return closes.toLocalTime().equals(LocalTime.MIDNIGHT) ? closes.toLocalDate() : closes.toLocalDate().plusDays(1);
  }

  /** A TEXT value: line breaks as LF, other control characters dropped, then escaped (RFC 5545 §3.3.11). */
  private static String text(String value) {
    StringBuilder escaped = new StringBuilder(value.length() + 16);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\r' || c == '\n') {
        escaped.append("\\n");
        if (c == '\r' && i + 1 < value.length() && value.charAt(i + 1) == '\n') {
          i++;
        }
      } else if (c == '\\' || c == ';' || c == ',') {
        escaped.append('\\').append(c);
      } else if (c == '\t' || !Character.isISOControl(c)) {
        escaped.append(c);
      }
    }
    return escaped.toString();
  }

  /** A parameter value: no line breaks, quoted when it holds a separator. */
  private static String parameter(String value) {
    String plain = withoutBreaks(value);
    return plain.indexOf(':') >= 0 || plain.indexOf(';') >= 0 || plain.indexOf(',') >= 0 ? '"' + plain + '"' : plain;
  }

  /** Line breaks as spaces, other control characters dropped. */
  private static String withoutBreaks(String value) {
    StringBuilder clean = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\r' || c == '\n') {
        clean.append(' ');
        if (c == '\r' && i + 1 < value.length() && value.charAt(i + 1) == '\n') {
          i++;
        }
      } else if (c == '\t' || !Character.isISOControl(c)) {
        clean.append(c);
      }
    }
    return clean.toString();
  }

  /** Appends a content line folded at 75 UTF-8 octets, between code points. */
  private void line(String content) {
    int octets = 0;
    for (int i = 0; i < content.length(); ) {
      int codePoint = content.codePointAt(i);
      int size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
      if (octets + size > MAX_OCTETS) {
        out.append(CRLF).append(' ');
        octets = 1;
      }
      out.appendCodePoint(codePoint);
      octets += size;
      i += Character.charCount(codePoint);
    }
    out.append(CRLF);
  }
}
